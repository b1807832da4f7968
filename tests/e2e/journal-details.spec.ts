import { expect, test } from './fixtures';
import {
  backToJournal,
  createJournal,
  entryCard,
  expectSaved,
  newEntry,
  openEntry,
  titleField,
  typeInEditor,
} from './flows';
import { entryDetails, seedEntries } from './journalFlows';

test('tags with autocomplete, mood, sharing and pin are kept with the entry', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-02-01', title: 'Older', text: 'Before.', tags: ['Sleep', 'Work'] },
  ]);
  await newEntry(page);
  await titleField(page).fill('Tagged day');
  await typeInEditor(page, 'A long day at work.');
  await expectSaved(page);

  const details = entryDetails(page);
  const tags = details.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await page.keyboard.type('sl');
  const suggestions = details.getByRole('listbox', { name: 'Tags you have used' });
  await expect(suggestions.getByRole('option')).toHaveText(/Sleep/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('walking,');
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    /^Sleep/,
    /^walking/,
  ]);
  // Backspace in the empty field removes the last tag; its × button removes another.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('calm');
  await page.keyboard.press('Enter');
  await details.getByRole('button', { name: 'Remove tag Sleep' }).click();
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    /^calm/,
  ]);

  await details.getByLabel('Mood').selectOption({ label: '7 — Fairly good' });
  const share = details.getByRole('checkbox', { name: 'Share with therapist' });
  await expect(share).not.toBeChecked();
  await share.check();
  const pin = details.getByRole('button', { name: 'Pin entry' });
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');

  await backToJournal(page);
  const card = entryCard(page, /Tagged day/);
  await expect(card).toContainText('Mood 7/10');
  await expect(card).toContainText('#calm');
  await expect(card).toContainText('Pinned');
  await expect(card).toContainText('Shared with therapist');

  await openEntry(page, /Tagged day/);
  const reopened = entryDetails(page);
  await expect(reopened.getByLabel('Mood')).toHaveValue('7');
  await expect(reopened.getByRole('checkbox', { name: 'Share with therapist' })).toBeChecked();
  await expect(reopened.getByRole('button', { name: 'Pin entry' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(reopened.getByRole('list', { name: 'Tags' })).toHaveText('calm×');
});
