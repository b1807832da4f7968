import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, editor, expectSaved, goTo, heading } from './flows';
import { calendarGrid, openJournalView, searchDialog, seedEntries } from './journalFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`timeline, calendar, trash, search and details pass axe (${theme.toLowerCase()})`, async ({
    app,
  }) => {
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    await seedEntries(page, [
      {
        date: '2026-01-10',
        title: 'Tagged',
        text: 'Walk in Zürich.',
        tags: ['calm'],
        mood: 6,
        pinned: true,
      },
      { date: '2026-01-11', title: 'Plain', text: 'Quiet day.' },
    ]);
    await openJournalView(page, 'Timeline');
    await page.getByLabel('Tag', { exact: true }).selectOption('calm');
    await expectAccessible(page, `timeline (${theme})`);
    await openJournalView(page, 'Calendar');
    await expect(calendarGrid(page)).toBeVisible();
    await expectAccessible(page, `calendar (${theme})`);
    await openJournalView(page, 'Trash');
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    await expectAccessible(page, `trash (${theme})`);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('zurich');
    await expect(searchDialog(page).getByRole('option')).toHaveCount(1);
    await expectAccessible(page, `search (${theme})`);
    await page.keyboard.press('Enter');
    await expect(editor(page)).toBeVisible();
    await expectAccessible(page, `entry details (${theme})`);
  });
}

test('keyboard only: search, open, tag and go back without a pointer', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [{ date: '2026-01-10', title: 'Lake', text: 'Calm water.' }]);
  await goTo(page, 'Journal');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('water');
  await expect(searchDialog(page).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  // Opened from search, the caret is already in the text.
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' More words.');
  await expectSaved(page);
  const tags = page.getByRole('combobox', { name: 'Tags' });
  await tags.focus();
  await page.keyboard.type('lakes');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag lakes' })).toBeVisible();
  await button(page, 'Back to journal').focus();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Journal')).toBeVisible();
  await expect(page.getByRole('listitem').getByRole('button', { name: /Lake/ })).toContainText(
    'More words',
  );
});
