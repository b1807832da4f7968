import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createJournal, goTo } from './flows';
import { openJournalView, seedEntries } from './journalFlows';

test('Settings renames a tag everywhere and merges it into an existing one', async ({ app }) => {
  const { page } = app;
  await createJournalWithTags(page);
  await goTo(page, 'Settings');
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByLabel('Tag to rename').selectOption('sleeping');
  await tags.getByLabel('New name').fill('Sleep');
  await expect(tags).toContainText('the two tags become one');
  await tags.getByRole('button', { name: 'Merge tags' }).click();
  await expect(tags.getByRole('status')).toHaveText('“sleeping” is now “Sleep” on 1 entry.');

  await openJournalView(page, 'Timeline');
  const options = page.getByLabel('Tag', { exact: true }).getByRole('option');
  await expect(options).toHaveText(['Any tag', 'Sleep (2)']);
});

async function createJournalWithTags(page: Page) {
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-01-10', title: 'One', text: 'Tired.', tags: ['Sleep'] },
    { date: '2026-01-11', title: 'Two', text: 'Still tired.', tags: ['sleeping'] },
  ]);
}
