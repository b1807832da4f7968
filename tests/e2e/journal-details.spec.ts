import { expect, test } from './fixtures';
import {
  backToJournal,
  createJournal,
  entryCard,
  expectSaved,
  goTo,
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

test("an entry's mood can carry feeling words, kept on its linked check-in", async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await newEntry(page);
  await titleField(page).fill('Heavy morning');
  await typeInEditor(page, 'Slow start.');
  await expectSaved(page);

  const details = entryDetails(page);
  const words = details.getByRole('group', { name: 'Words for how you feel (optional)' });
  // Feeling words come with a mood, not before one is chosen.
  await expect(words).toHaveCount(0);
  await details.getByLabel('Mood').selectOption({ label: '4 — A bit low' });
  await words.getByRole('checkbox', { name: 'Hopeful' }).check();
  await words.getByLabel('Your own word').fill('foggy');
  await words.getByRole('button', { name: 'Add word' }).click();
  await expect(words.getByRole('checkbox', { name: 'foggy' })).toBeChecked();

  await backToJournal(page);
  await openEntry(page, /Heavy morning/);
  const reopened = entryDetails(page).getByRole('group', {
    name: 'Words for how you feel (optional)',
  });
  await expect(reopened.getByRole('checkbox', { name: 'Hopeful' })).toBeChecked();
  await expect(reopened.getByRole('checkbox', { name: 'foggy' })).toBeChecked();

  await goTo(page, 'Check-ins');
  await expect(page.getByText('Hopeful, foggy')).toBeVisible();
});
