import { expect, expectAccessible, test } from './fixtures';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  backToJournal,
  button,
  chooseNewPassphrase,
  chooseTheme,
  createVault,
  confirmRecoveryKeyStored,
  editor,
  entryCard,
  goTo,
  heading,
  lock,
  newEntry,
  openEntry,
  openRecoveryUnlock,
  submitRecoveryKey,
  unlock,
  writeEntry,
} from './flows';

test('every first screen passes axe (no serious or critical violations)', async ({ app }) => {
  const { page } = app;
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();
  await expectAccessible(page, 'welcome');

  // With an error showing, too.
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await button(page, 'Create my journal').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'welcome with an error');

  await page.getByLabel('Passphrase', { exact: true }).fill('');
  const key = await createVault(page);
  await expectAccessible(page, 'recovery key');
  await confirmRecoveryKeyStored(page);

  await expect(page.getByRole('heading', { level: 2, name: 'Nothing here yet' })).toBeVisible();
  await expectAccessible(page, 'journal, empty');

  await button(page, 'Need help now?').click();
  await expect(page.getByRole('dialog', { name: 'Need help now?' })).toBeVisible();
  await expectAccessible(page, 'help dialog');
  await page.keyboard.press('Escape');

  await writeEntry(page, { title: 'Checked by axe', text: 'A few words for the checker.' });
  await expectAccessible(page, 'entry editor');
  await button(page, 'Delete entry').click();
  await expect(page.getByRole('dialog', { name: 'Delete this entry?' })).toBeVisible();
  await expectAccessible(page, 'delete dialog');
  await button(page, 'Cancel').click();

  await backToJournal(page);
  await expect(entryCard(page, /Checked by axe/)).toBeVisible();
  await expectAccessible(page, 'journal with entries');

  await goTo(page, 'Settings');
  await expectAccessible(page, 'settings');

  await lock(page);
  await expectAccessible(page, 'unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase here');
  await button(page, 'Unlock').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'unlock with an error');

  await openRecoveryUnlock(page);
  await expectAccessible(page, 'recovery unlock');
  await submitRecoveryKey(page, key);
  await expect(heading(page, 'Choose a new passphrase')).toBeVisible();
  await expectAccessible(page, 'new passphrase');
  await chooseNewPassphrase(page, OTHER_PASSPHRASE);
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`${theme} theme: journal, entry, settings and unlock pass axe`, async ({ app }) => {
    const { page } = app;
    await createVault(page, PASSPHRASE);
    await confirmRecoveryKeyStored(page);
    await chooseTheme(page, theme);
    await expectAccessible(page, `settings (${theme})`);

    await goTo(page, 'Journal');
    await expectAccessible(page, `journal, empty (${theme})`);
    await writeEntry(page, { title: `In ${theme}`, text: 'Colours and contrast.' });
    await expectAccessible(page, `entry editor (${theme})`);
    await backToJournal(page);
    await expectAccessible(page, `journal with entries (${theme})`);

    await lock(page);
    // The theme is a display pref: it stays on the unlock screen.
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await expectAccessible(page, `unlock (${theme})`);
    await button(page, 'Need help now?').click();
    await expectAccessible(page, `help dialog (${theme})`);
    await page.keyboard.press('Escape');

    await unlock(page);
    await openEntry(page, new RegExp(`In ${theme}`));
    await expect(editor(page)).toContainText('Colours and contrast.');
  });
}

test('text sizes: the largest size still passes axe', async ({ app }) => {
  const { page } = app;
  await createVault(page, PASSPHRASE);
  await confirmRecoveryKeyStored(page);
  await goTo(page, 'Settings');
  const radio = page
    .getByRole('group', { name: 'Text size' })
    .getByRole('radio', { name: 'Extra large' });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'x-large');
  await expectAccessible(page, 'settings (extra large text)');
  await goTo(page, 'Journal');
  await newEntry(page);
  await expectAccessible(page, 'entry editor (extra large text)');
});
