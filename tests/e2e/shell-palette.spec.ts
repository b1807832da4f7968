import { expect, test } from './fixtures';
import {
  button,
  createJournal,
  editor,
  expectLocked,
  goTo,
  heading,
  navButton,
  openPalette,
  palette,
  runCommand,
  titleField,
} from './flows';

test('command palette: opens from the keyboard, filters as you type, arrows and Enter run an action', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);

  await openPalette(page);
  const { dialog, input, options, selected } = palette(page);
  // Every action is listed with its shortcut.
  await expect(options.filter({ hasText: 'Go to Settings' })).toContainText('Ctrl+,');
  await expect(options.filter({ hasText: 'Open the command palette' })).toContainText(
    'Ctrl+Shift+P',
  );
  await expect(options.filter({ hasText: 'Need help now?' })).toHaveCount(1);
  const all = await options.count();
  expect(all).toBeGreaterThanOrEqual(16);

  await input.fill('go to');
  await expect(options).toHaveCount(9);
  await input.fill('th rec');
  await expect(options).toHaveCount(1);
  await expect(selected).toHaveText(/Go to Thought records/);
  await input.fill('zebra');
  await expect(options).toHaveCount(0);
  await expect(dialog).toContainText('No action matches that.');

  // Arrow keys move the highlighted option; the field keeps focus (aria-activedescendant).
  await input.fill('go to');
  await expect(selected).toHaveText(/Go to Home/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveText(/Go to Goals/);
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await selected.getAttribute('id')) ?? 'missing',
  );
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveText(/Go to Journal/);
  await page.keyboard.press('End');
  await expect(selected).toHaveText(/Go to Settings/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(heading(page, 'Settings')).toBeFocused();

  // Esc closes without doing anything; focus goes back where it was.
  await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(palette(page).dialog).toBeHidden();
  await expect(heading(page, 'Settings')).toBeVisible();
});

test('command palette actions: new entry, need help, toggle theme and lock', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Home');

  await runCommand(page, 'new entry', 'New entry');
  await expect(editor(page)).toBeVisible();
  await expect(navButton(page, 'Journal')).toHaveAttribute('aria-current', 'page');
  await titleField(page).fill('From the palette');

  // Ctrl+Shift+P works from inside the editor too.
  await editor(page).click();
  await runCommand(page, 'help', 'Need help now?');
  const help = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('988');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const html = page.locator('html');
  await runCommand(page, 'theme', 'Switch between light and dark theme');
  const first = await html.getAttribute('data-theme');
  expect(['light', 'dark']).toContain(first);
  await runCommand(page, 'theme', 'Switch between light and dark theme');
  await expect(html).toHaveAttribute('data-theme', first === 'dark' ? 'light' : 'dark');

  await runCommand(page, 'lock', 'Lock');
  await expectLocked(page);
});

test('keyboard shortcuts: "?" shows the sheet (not while typing), Ctrl+N starts an entry, Ctrl+digits go places', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const [action, keys] of [
    ['Go to Home', 'Ctrl+1'],
    ['Go back', 'Alt+←'],
    ['Go forward', 'Alt+→'],
    ['New entry', 'Ctrl+N'],
    ['Lock', 'Ctrl+L'],
    ['Open the command palette', 'Ctrl+Shift+P'],
    ['Show keyboard shortcuts', '?'],
  ] as const) {
    await expect(sheet.getByRole('row', { name: action })).toContainText(keys);
  }
  // While a dialog is open, navigation shortcuts wait.
  await page.keyboard.press('Control+1');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  // Typing "?" in a text field is just a question mark.
  const field = page.getByLabel('Current passphrase', { exact: true });
  await field.fill('');
  await field.focus();
  await page.keyboard.press('?');
  await expect(field).toHaveValue('?');
  await expect(sheet).toBeHidden();

  // The sheet is also a button in the sidebar.
  await button(page, 'Keyboard shortcuts').click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+1');
  await expect(heading(page, 'Home')).toBeFocused();
  await page.keyboard.press('Control+Comma');
  await expect(heading(page, 'Settings')).toBeFocused();
  await page.keyboard.press('Control+3');
  await expect(heading(page, 'Goals')).toBeFocused();
  await page.keyboard.press('Control+n');
  await expect(editor(page)).toBeVisible();
});
