import type { Page } from '@playwright/test';
import { APP_URL } from './harness';
import { expect, expectAccessible, test } from './fixtures';
import {
  backToJournal,
  createJournal,
  editor,
  expectSaved,
  goTo,
  newEntry,
  lock,
  openEntry,
  tabTo,
  titleField,
  unlock,
  writeEntry,
} from './flows';

/**
 * After lock the renderer holds no entry text: not in the DOM, the query caches, the storage
 * APIs or the JavaScript heap. Text copied from the app leaves the clipboard after the
 * setting's time and at lock, only if the clipboard still holds it.
 */

// Distinctive words that occur nowhere in the app's code; never passed into the page as a
// whole by the checks below (they read the page out and search here, in Node).
const TITLE = 'Quokkaharbour evening';
const TEXT = 'Marmalade zeppelin 7741 under the blue lantern';
const SECRETS = ['Quokkaharbour', 'zeppelin 7741', 'Marmalade'];

function expectNoSecret(where: string, text: string): void {
  for (const secret of SECRETS) expect(text, `${secret} in ${where}`).not.toContain(secret);
}

/** Everything the page keeps outside the heap, and the React Query caches, as text. */
async function pageState(page: Page) {
  return page.evaluate(async () => {
    const storage = (s: Storage) =>
      JSON.stringify(
        Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i) ?? '')]),
      );
    // Test-only: find the QueryClient through React's own fiber tree (nothing is exposed in
    // production). The provider is the first fiber whose props carry a `client`.
    type Fiber = { memoizedProps?: { client?: QueryClientLike }; child?: Fiber; sibling?: Fiber };
    type QueryClientLike = {
      getQueryCache(): { getAll(): { queryKey: unknown; state: { data: unknown } }[] };
      getMutationCache(): { getAll(): { state: { variables: unknown; data: unknown } }[] };
    };
    const root = document.getElementById('root') as unknown as Record<string, unknown> | null;
    const containerKey = root
      ? Object.keys(root).find((k) => k.startsWith('__reactContainer'))
      : '';
    let fiber = (root && containerKey ? root[containerKey] : undefined) as Fiber | undefined;
    const stack: Fiber[] = fiber ? [fiber] : [];
    let client: QueryClientLike | undefined;
    while (stack.length > 0 && !client) {
      fiber = stack.pop();
      client = fiber?.memoizedProps?.client;
      if (fiber?.sibling) stack.push(fiber.sibling);
      if (fiber?.child) stack.push(fiber.child);
    }
    return {
      html: document.documentElement.outerHTML,
      title: document.title,
      local: storage(localStorage),
      session: storage(sessionStorage),
      indexedDb: JSON.stringify(await indexedDB.databases()),
      caches: JSON.stringify(await caches.keys()),
      foundQueryClient: client !== undefined,
      queries: JSON.stringify(
        client
          ?.getQueryCache()
          .getAll()
          .map((q) => [q.queryKey, q.state.data]) ?? null,
      ),
      mutations: JSON.stringify(
        client
          ?.getMutationCache()
          .getAll()
          .map((m) => [m.state.variables, m.state.data]) ?? null,
      ),
    };
  });
}

/**
 * Strings in the page's JavaScript heap, after a full garbage collection, that contain any
 * of the secrets (cut short, so a failure doesn't print the whole heap).
 */
async function secretsInHeap(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] };
  return snapshot.strings
    .filter((text) => SECRETS.some((secret) => text.includes(secret)))
    .map((text) => text.slice(0, 160));
}

test('after lock the page holds no entry text: DOM, query caches, storage, heap', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  // Typed key by key, and found again without naming the secrets: a check that passed them
  // into the page would plant them in its heap itself.
  await newEntry(page);
  await titleField(page).click();
  await page.keyboard.type(TITLE);
  await editor(page).click();
  await page.keyboard.type(TEXT);
  await expectSaved(page);
  // Fill the caches the way a session does: the list, the entry again.
  await backToJournal(page);
  await page
    .getByRole('listitem')
    .getByRole('button', { name: /evening/ })
    .click();
  await expect(editor(page)).toBeVisible();
  await backToJournal(page);

  const before = await pageState(page);
  expect(before.foundQueryClient).toBe(true);
  // The checks can see the text while unlocked (so they can fail).
  expect(before.html).toContain('Quokkaharbour');
  expect(before.queries).toContain('zeppelin 7741');
  expect(await secretsInHeap(page)).not.toEqual([]);

  await lock(page);
  const after = await pageState(page);
  expect(after.foundQueryClient).toBe(true);
  expectNoSecret('the DOM', after.html);
  expectNoSecret('the window title', after.title);
  expectNoSecret('localStorage', after.local);
  expectNoSecret('sessionStorage', after.session);
  expect(after.indexedDb).toBe('[]');
  expect(after.caches).toBe('[]');
  expectNoSecret('the query cache', after.queries);
  expectNoSecret('the mutation cache', after.mutations);
  expect(await secretsInHeap(page), 'the JavaScript heap').toEqual([]);
});

test('copied entry text is cleared from the clipboard after the set time, only if still ours', async ({
  app,
  context,
}) => {
  const { page } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_URL });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await createJournal(page);
  await writeEntry(page, { title: 'Clipboard', text: 'Copied from my journal' });

  // Default: one minute. Copying with the keyboard hands the text to main's timer.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(clipboard).toBe('Copied from my journal');
  await expect.poll(() => app.clipboardTimers.pendingSeconds()).toEqual([60]);
  app.clipboardTimers.runOut();
  await expect.poll(clipboard).toBe('');

  // Something copied elsewhere since is left alone.
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(() => app.clipboardTimers.pendingSeconds()).toEqual([60]);
  await page.evaluate(() => navigator.clipboard.writeText('a number from another app'));
  app.clipboardTimers.runOut();
  await lock(page);
  expect(await clipboard()).toBe('a number from another app');

  // Locking clears what we copied, before the time is up.
  await unlock(page);
  await openEntry(page, /Clipboard/);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(clipboard).toBe('Copied from my journal');
  await expect.poll(() => app.clipboardTimers.pendingSeconds()).toEqual([60]);
  await lock(page);
  await expect.poll(clipboard).toBe('');
  expect(app.clipboardTimers.pendingSeconds()).toEqual([]);
});

test('the clipboard setting: 15 seconds or never, chosen with the keyboard', async ({
  app,
  context,
}, testInfo) => {
  const { page } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_URL });
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await createJournal(page);
  await goTo(page, 'Settings');
  const privacy = page.getByRole('region', { name: 'Privacy' });
  await expect(privacy).toContainText('when Waypoint locks');
  const select = privacy.getByLabel('Clear copied text from the clipboard after');
  const capture = privacy.getByRole('checkbox', { name: /Hide Waypoint from screenshots/ });
  await expect(select.locator('option:checked')).toHaveText('1 minute');
  await expect(capture).toBeChecked();
  await expectAccessible(page, 'Settings, privacy');
  await privacy.screenshot({ path: testInfo.outputPath('privacy-settings.png') });

  await tabTo(page, select);
  await page.keyboard.press('Home'); // the first choice: 15 seconds
  await expect(select.locator('option:checked')).toHaveText('15 seconds');
  await expect(privacy.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();

  await goTo(page, 'Journal');
  await writeEntry(page, { text: 'Fifteen seconds only' });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(() => app.clipboardTimers.pendingSeconds()).toEqual([15]);
  app.clipboardTimers.runOut();
  await expect.poll(clipboard).toBe('');

  await goTo(page, 'Settings');
  await tabTo(page, select);
  await page.keyboard.press('End'); // the last choice: never
  await expect(select.locator('option:checked')).toHaveText('Never');
  await tabTo(page, capture);
  await page.keyboard.press('Space');
  await expect(capture).not.toBeChecked();

  await goTo(page, 'Journal');
  await openEntry(page, /Fifteen seconds only/);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  await expect.poll(clipboard).toBe('Fifteen seconds only');
  await lock(page);
  expect(app.clipboardTimers.pendingSeconds()).toEqual([]);
  expect(await clipboard()).toBe('Fifteen seconds only');

  await unlock(page);
  await goTo(page, 'Settings');
  await expect(select.locator('option:checked')).toHaveText('Never');
  await expect(capture).not.toBeChecked();
});
