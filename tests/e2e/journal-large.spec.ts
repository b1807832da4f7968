import { syntheticEntries } from '../bench/synthetic';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { PASSPHRASE, button, createJournal, heading, lock } from './flows';
import { calendarGrid, openJournalView, views } from './journalFlows';

/** Unlocking a vault this size takes a while on a busy test machine; no timing is asserted. */
async function unlockLarge(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await expect(heading(page, 'Home')).toBeVisible({ timeout: 120_000 });
}

// Not a timing test: it checks that a 20,000-entry journal is shown a page at a time, so the
// DOM holds a bounded number of rows whatever the size of the journal.
test('at 20,000 entries the timeline, its filters and the calendar render a bounded page', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  await createJournal(page);
  // The benchmark's heavy journal (ten years, ~5.5 entries a day), written straight to the vault.
  await app.session
    .requireVault()
    .importEntries(syntheticEntries(20_000, 10, { end: new Date().toISOString().slice(0, 10) }));
  await lock(page);
  await unlockLarge(page);

  await openJournalView(page, 'Timeline');
  const cards = page.locator('.entry-list').getByRole('button', { name: /words/ });
  const shown = page.getByText(/^Showing [\d,]+ of 3,650 days$/);
  await expect(shown).toBeVisible({ timeout: 60_000 });
  const daysShown = async () => Number((await shown.textContent())?.split(' ')[1]);
  const firstDays = await daysShown();
  const firstPage = await cards.count();
  expect(firstDays).toBeGreaterThan(0);
  expect(firstPage).toBeGreaterThan(0);
  expect(firstPage).toBeLessThanOrEqual(300);

  await button(page, 'Show older entries').click();
  await expect.poll(daysShown).toBeGreaterThan(firstDays);
  const twoPages = await cards.count();
  expect(twoPages).toBeGreaterThan(firstPage);
  expect(twoPages).toBeLessThanOrEqual(600);
  // The oldest entries are not in the page at all until asked for.
  await expect(page.locator('.entry-list time[datetime^="2016-"]')).toHaveCount(0);

  // A filter that matches thousands of entries still shows one page of them.
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await expect(page.getByRole('status').filter({ hasText: /entries$/ })).toHaveText(
    /^\d{1,2},\d{3} entries$/,
  );
  expect(await cards.count()).toBeLessThanOrEqual(300);

  await views(page).getByRole('button', { name: 'Calendar', exact: true }).click();
  await expect(calendarGrid(page)).toBeVisible();
  expect(await calendarGrid(page).getByRole('gridcell').count()).toBeLessThanOrEqual(42);
  await expect(page.locator('.entry-list')).toHaveCount(0);
});

test('a big trash shows a page at a time', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  const deletedAt = new Date().toISOString();
  const trashed = syntheticEntries(250, 1, {
    end: new Date().toISOString().slice(0, 10),
    seed: 7,
  }).map((e) => ({ ...e, deletedAt }));
  await app.session.requireVault().importEntries(trashed);
  await lock(page);
  await unlockLarge(page);
  await openJournalView(page, 'Trash');
  const list = page.getByRole('list', { name: 'Entries in the trash' });
  await expect(list.getByRole('listitem')).toHaveCount(100);
  await expect(page.getByText('Showing 100 of 250 entries in the trash')).toBeVisible();
  await button(page, 'Show more').click();
  await expect(list.getByRole('listitem')).toHaveCount(200);
  await button(page, 'Show more').click();
  await expect(list.getByRole('listitem')).toHaveCount(250);
  await expect(button(page, 'Show more')).toBeHidden();
});
