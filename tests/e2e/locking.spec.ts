import { expect, test } from './fixtures';
import {
  createJournal,
  entryCard,
  expectEntry,
  expectLocked,
  expectSaved,
  goTo,
  newEntry,
  openEntry,
  setAutoLockMinutes,
  titleField,
  typeInEditor,
  unlock,
  writeEntry,
} from './flows';

test('auto-lock: the journal locks itself after the idle time, with no input at all', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await setAutoLockMinutes(page, 0.02); // 1.2 s
  // The frame re-reads settings on navigation; after this click, no input at all.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal' })
    .click();
  await expectLocked(page);
  expect(app.session.isUnlocked()).toBe(false);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});

test('auto-lock keeps the words typed just before it', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await setAutoLockMinutes(page, 0.05); // 3 s of no input
  await goTo(page, 'Journal');
  await newEntry(page);
  await titleField(page).fill('Right before the lock');
  await typeInEditor(page, 'Last words before walking away');
  await expectLocked(page);

  // Back in, with auto-lock off, so the check below can't race another lock.
  await unlock(page);
  await setAutoLockMinutes(page, 0);
  await goTo(page, 'Journal');
  await openEntry(page, /Right before the lock/);
  await expectEntry(page, {
    title: 'Right before the lock',
    text: 'Last words before walking away',
  });
});

test('a lock requested by main (menu, suspend, quit) saves what was just typed first', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Lock from the menu');
  await typeInEditor(page, 'Typed a moment before the menu');
  await app.emit('app:lockRequested');
  await expectLocked(page);
  expect(app.session.isUnlocked()).toBe(false);

  await unlock(page);
  await openEntry(page, /Lock from the menu/);
  await expectEntry(page, { title: 'Lock from the menu', text: 'Typed a moment before the menu' });
});

test('when main has locked the vault, the screen locks and no decrypted text stays in the page', async ({
  app,
}) => {
  const { page } = app;
  const secret = 'Nobody should see this after the lid closes';
  await createJournal(page);
  await writeEntry(page, { title: 'Lid closed', text: secret });
  // What main does on suspend with lock-on-suspend: lock the vault, then tell the window.
  await app.session.lock();
  await app.emit('vault:locked');
  await expectLocked(page);
  await expect(page.getByText(secret)).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(secret);
  expect(html).not.toContain('Lid closed');

  await unlock(page);
  await expect(entryCard(page, /Lid closed/)).toBeVisible();
  await openEntry(page, /Lid closed/);
  await expectEntry(page, { title: 'Lid closed', text: secret });
  await expectSaved(page);
});
