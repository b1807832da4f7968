import { expect, test } from './fixtures';
import {
  PASSPHRASE,
  SECTIONS,
  button,
  editor,
  expectLocked,
  heading,
  navButton,
  palette,
  shiftTabTo,
  tabTo,
} from './flows';

test('keyboard only (Tab, Shift+Tab, Enter and typing): a tour of every screen', async ({
  app,
}) => {
  const { page, dataDir } = app;
  const { keyboard } = page;

  // Welcome → recovery key. The checkbox is the one control that needs Space.
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Tab');
  await tabTo(page, page.getByLabel('Confirm passphrase', { exact: true }));
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');
  await expect(heading(page, 'Your recovery key')).toBeVisible();
  await tabTo(page, page.getByRole('checkbox', { name: "I've stored it safely" }));
  await keyboard.press('Space');
  await tabTo(page, button(page, 'Continue'));
  await keyboard.press('Enter');

  // Home: its heading has focus.
  await expect(heading(page, 'Home')).toBeFocused();

  // Every section from the sidebar: Shift+Tab back to it, Enter, and focus lands on the h1.
  for (const section of SECTIONS) {
    await shiftTabTo(page, navButton(page, section));
    await keyboard.press('Enter');
    await expect(heading(page, section)).toBeFocused();
    await expect(navButton(page, section)).toHaveAttribute('aria-current', 'page');
  }

  // Settings, the whole page, to its last control: no trap on the way.
  await tabTo(page, button(page, 'Show in file manager'), 80);
  await keyboard.press('Enter');
  await expect.poll(() => app.osRequests).toEqual([`reveal ${dataDir}`]);

  // Home → write the first entry.
  await shiftTabTo(page, navButton(page, 'Home'), 80);
  await keyboard.press('Enter');
  await expect(heading(page, 'Home')).toBeFocused();
  await tabTo(page, button(page, 'Write your first entry'));
  await keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  await tabTo(page, editor(page));
  await keyboard.type('Written without a mouse.');
  await expect(editor(page)).toContainText('Written without a mouse.');

  // The command palette, from its sidebar button.
  await shiftTabTo(page, button(page, 'Command palette'), 80);
  await keyboard.press('Enter');
  await expect(palette(page).input).toBeFocused();
  await keyboard.type('check');
  await keyboard.press('Enter');
  await expect(heading(page, 'Check-ins')).toBeFocused();

  // The shortcut sheet, from its sidebar button; Close with Tab + Enter.
  await shiftTabTo(page, button(page, 'Keyboard shortcuts'));
  await keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await tabTo(page, sheet.getByRole('button', { name: 'Close' }));
  await keyboard.press('Enter');
  await expect(sheet).toBeHidden();

  // "Need help now?" and back.
  await shiftTabTo(page, button(page, 'Need help now?'));
  await keyboard.press('Enter');
  const help = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(help).toBeVisible();
  await tabTo(page, help.getByRole('button', { name: 'Close' }));
  await keyboard.press('Enter');
  await expect(help).toBeHidden();

  // The skip link is the first stop (after the page's own stops: Check-ins has many), and
  // takes focus to the page.
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), 200);
  await keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Lock, and back in with Enter.
  await shiftTabTo(page, button(page, 'Lock'));
  await keyboard.press('Enter');
  await expectLocked(page);
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');
  await expect(heading(page, 'Home')).toBeFocused();
  await expect(button(page, "Continue today's entry")).toBeVisible();
});
