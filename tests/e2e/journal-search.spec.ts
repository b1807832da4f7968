import { expect, test } from './fixtures';
import { createJournal, editor, goTo, titleField } from './flows';
import { searchDialog, seedEntries } from './journalFlows';

test('Ctrl+K (or Ctrl+F) finds an entry whatever its accents and capitals, highlights the match and opens it', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-03-02', title: 'Train to Zürich', text: 'The lake in Zürich was calm.' },
    { date: '2026-03-03', title: 'Groceries', text: 'Bread, apples, tea.', tags: ['errands'] },
  ]);
  await goTo(page, 'Home');

  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search entries' });
  await expect(input).toBeFocused();
  await page.keyboard.type('zurich');
  const results = dialog.getByRole('listbox', { name: 'Matching entries' });
  const first = results.getByRole('option').first();
  await expect(first).toContainText('Train to Zürich');
  await expect(first.locator('mark').first()).toHaveText('Zürich');
  await expect(dialog.getByRole('status')).toHaveText('1 entry found');
  await expect(input).toHaveAttribute('aria-activedescendant', /.+/);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(titleField(page)).toHaveValue('Train to Zürich');
  await expect(editor(page)).toContainText('The lake in Zürich was calm.');

  // Ctrl+F opens the same search, even while writing (Electron has no find-in-page).
  await editor(page).click();
  await page.keyboard.press('Control+f');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toContainText('The lake in Zürich was calm.');
});

test('search finds tags, says when nothing matches, and Esc closes it', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await seedEntries(page, [
    { date: '2026-03-03', title: 'Groceries', text: 'Bread, apples, tea.', tags: ['Errands'] },
  ]);
  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);
  await page.keyboard.type('ERRAND');
  await expect(dialog.getByRole('option')).toContainText('Groceries');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('xylophone');
  await expect(dialog.getByRole('status')).toHaveText('No entry matches that. Try another word.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the command palette lists search with its shortcut', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('search');
  const option = page.getByRole('option', { name: /Search the journal/ });
  await expect(option).toContainText('Ctrl+K or Ctrl+F');
  await page.keyboard.press('Enter');
  await expect(searchDialog(page)).toBeVisible();
});

test('a search result opens its entry scrolled to the match, with the match selected', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await page.evaluate(async () => {
    type Api = Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
    const api = (window as unknown as { waypoint: Api }).waypoint;
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const content = {
      type: 'doc',
      content: [
        ...Array.from({ length: 120 }, (_, i) => paragraph(`Line ${String(i + 1)} of a long day.`)),
        paragraph('By the water a grey Héron stood very still.'),
        ...Array.from({ length: 60 }, () => paragraph('And then home.')),
      ],
    };
    const result = await api['journal:create']?.({
      date: '2026-03-04',
      title: 'Long walk',
      content,
    });
    if (!result?.ok) throw new Error('journal:create failed');
  });
  await goTo(page, 'Home');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('heron');
  const dialog = searchDialog(page);
  await expect(dialog.getByRole('option').first()).toContainText('Long walk');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const match = editor(page).locator('p', { hasText: 'grey Héron stood' });
  await expect(match).toBeInViewport();
  await expect(editor(page).locator('p').first()).not.toBeInViewport();
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Héron');
});
