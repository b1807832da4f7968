import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticEntries } from '../bench/synthetic';
import { expect, expectAccessible, test } from './fixtures';
import { button, createJournal, heading, lock, unlock } from './flows';
import { openJournalView } from './journalFlows';

/**
 * Recent months first: a long journal opens with its newest months and reads the older ones
 * in the background. Here the background read is held back (main's write queue is kept busy)
 * so the in-between state can be looked at; no timing is asserted.
 */
test('a long journal opens with its newest months, says older ones are coming, then shows all', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, session } = app;
  await createJournal(page);
  const today = new Date().toISOString().slice(0, 10);
  // Three years at about one a day: more than the first screen needs (400 entries).
  await session.requireVault().importEntries(syntheticEntries(1_100, 3, { end: today, seed: 5 }));
  await lock(page);

  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Right after unlock, before the background reads its first older month.
  const stop = session.onUnlock((vault) => {
    void vault.whileWritesPaused(async (key) => {
      key.dek.fill(0);
      await held;
    });
  });
  const loading = page.getByRole('status').filter({ hasText: 'Still opening your older entries' });
  try {
    // Home first, then the journal (the flow checks both).
    await unlock(page);
    stop();

    await openJournalView(page, 'Timeline');
    await expect(loading).toBeVisible();
    await expect(loading).toHaveText(/\(\d{3} of 1,100 so far\)/);
    // The newest entries are there to read meanwhile.
    await expect(page.locator('.entry-list time').first()).toBeVisible();
    await expectAccessible(page, 'the timeline while older entries load');
    await page.screenshot({ path: 'test-results/recent-first-loading.png' });
  } finally {
    release();
  }
  await expect(loading).toHaveCount(0, { timeout: 30_000 });
  // Everything is in: the page count covers all three years.
  await expect(page.getByText(/^Showing [\d,]+ of 1,0\d\d days$/)).toBeVisible();
  await page
    .getByLabel('To', { exact: true })
    .fill(`${String(Number(today.slice(0, 4)) - 2)}-12-31`);
  await expect(page.getByRole('status').filter({ hasText: /entries$/ })).toHaveText(
    /^\d{2,3} entries$/,
  );
  await expect(heading(page, 'Journal')).toBeVisible();
  await expect(button(page, 'New entry')).toBeEnabled();
});

test('older entries the disk refuses are named plainly, and come in once the disk answers', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page, session, dataDir } = app;
  await createJournal(page);
  const today = new Date().toISOString().slice(0, 10);
  await session.requireVault().importEntries(syntheticEntries(1_100, 3, { end: today, seed: 6 }));
  await lock(page);
  // The oldest month cannot be read (a folder where its file should be reads like a disk
  // error, not like damage, so nothing is set aside).
  const oldest = (await readdir(join(dataDir, 'entries'))).sort()[0] ?? '';
  const file = join(dataDir, 'entries', oldest);
  await rename(file, `${file}.away`);
  await mkdir(file);

  await unlock(page);
  const problem = page
    .getByRole('status')
    .filter({ hasText: 'Some of your older entries could not be opened just now' });
  await expect(problem).toBeVisible({ timeout: 30_000 });
  await expect(problem).toContainText('Waypoint keeps trying');
  await expectAccessible(page, 'the journal when older entries could not be read');
  await page.screenshot({ path: 'test-results/recent-first-problem.png' });

  await rm(file, { recursive: true });
  await rename(`${file}.away`, file);
  // The page asks again every few seconds, and each ask tries the disk again.
  await expect(problem).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText(/^Showing [\d,]+ of 1,0\d\d days$/)).toBeVisible();
});
