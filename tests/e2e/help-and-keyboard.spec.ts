import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  PASSPHRASE,
  button,
  createJournal,
  editor,
  entryCard,
  expectLocked,
  expectSaved,
  heading,
  lock,
  saveStatus,
  tabTo,
  titleField,
} from './flows';

const journalLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journal' });

/** Opens "Need help now?", checks the numbers, closes it with Esc; focus goes back to the button. */
async function checkHelp(page: Page, how: 'mouse' | 'keyboard'): Promise<void> {
  const helpButton = button(page, 'Need help now?');
  if (how === 'mouse') {
    await helpButton.click();
  } else {
    await tabTo(page, helpButton);
    await page.keyboard.press('Enter');
  }
  const dialog = page.getByRole('dialog', { name: 'Need help now?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('988');
  await expect(dialog).toContainText('116 123');
  await expect(dialog).toContainText('112');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  // Focus moves into the dialog (its title), not left behind on the page.
  await expect(dialog.getByRole('heading', { name: 'Need help now?' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
}

test('"Need help now?" is there on the welcome, unlock and journal screens', async ({ app }) => {
  const { page } = app;
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();
  await checkHelp(page, 'mouse');
  await checkHelp(page, 'keyboard');

  await createJournal(page);
  await checkHelp(page, 'mouse');

  // The Close button closes it too.
  await button(page, 'Need help now?').click();
  const dialog = page.getByRole('dialog', { name: 'Need help now?' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await lock(page);
  await checkHelp(page, 'mouse');
  await checkHelp(page, 'keyboard');
});

test('keyboard only: create a journal, write, lock and unlock without touching the mouse', async ({
  app,
}) => {
  const { page } = app;
  const { keyboard } = page;
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();

  // Welcome: the passphrase field has focus from the start.
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await tabTo(page, page.getByLabel('Confirm passphrase', { exact: true }));
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');

  // Recovery key: Space ticks the box, Enter continues.
  await expect(heading(page, 'Your recovery key')).toBeVisible();
  const stored = page.getByRole('checkbox', { name: "I've stored it safely" });
  await tabTo(page, stored);
  await keyboard.press('Space');
  await expect(stored).toBeChecked();
  await tabTo(page, button(page, 'Continue'));
  await keyboard.press('Enter');

  // Home → Journal (Tab to it in the sidebar) → New entry → title and text.
  await expect(heading(page, 'Home')).toBeVisible();
  await tabTo(page, journalLink(page));
  await keyboard.press('Enter');
  await expect(heading(page, 'Journal')).toBeVisible();
  await tabTo(page, button(page, 'New entry'));
  await keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  await tabTo(page, titleField(page));
  await keyboard.type('No mouse today');
  await tabTo(page, editor(page));
  await keyboard.type('Every step of this was done with the keyboard.');
  await expect(editor(page)).toContainText('Every step of this was done with the keyboard.');
  await expectSaved(page);

  // Lock with the shortcut; the unlock field has focus; Enter unlocks.
  await keyboard.press('Control+l');
  await expectLocked(page);
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await keyboard.type(PASSPHRASE);
  await keyboard.press('Enter');
  await expect(heading(page, 'Home')).toBeVisible();
  await tabTo(page, journalLink(page));
  await keyboard.press('Enter');
  await expect(heading(page, 'Journal')).toBeVisible();

  // Open the entry from the list and check it.
  const card = entryCard(page, /No mouse today/);
  await tabTo(page, card);
  await keyboard.press('Enter');
  await expect(titleField(page)).toHaveValue('No mouse today');
  await expect(editor(page)).toContainText('Every step of this was done with the keyboard.');
  await expect(saveStatus(page)).toHaveText(/Saved/);

  // The lock button itself works from the keyboard too.
  await tabTo(page, button(page, 'Lock'));
  await keyboard.press('Enter');
  await expectLocked(page);
});
