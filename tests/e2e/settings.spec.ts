import { expect, test } from './fixtures';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  WRONG_PASSPHRASE_MESSAGE,
  button,
  createJournal,
  expectUnlockRefused,
  goTo,
  lock,
  unlock,
} from './flows';

test('changing the passphrase in Settings: a wrong current one is refused, then the new one replaces the old', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');

  const current = page.getByLabel('Current passphrase', { exact: true });
  const next = page.getByLabel('New passphrase', { exact: true });
  const confirm = page.getByLabel('Confirm new passphrase', { exact: true });
  const change = button(page, 'Change passphrase');
  const success = page.getByRole('status').filter({ hasText: 'Your passphrase has been changed.' });

  await current.fill('this is not it at all');
  await next.fill(OTHER_PASSPHRASE);
  await confirm.fill(OTHER_PASSPHRASE);
  await change.click();
  await expect(page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);
  await expect(success).toHaveCount(0);

  // Typing in "Current passphrase" clears the old error.
  await current.fill(PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await change.click();
  await expect(success).toBeVisible();
  // The form forgets what was typed.
  await expect(current).toHaveValue('');
  await expect(next).toHaveValue('');
  await expect(confirm).toHaveValue('');

  await lock(page);
  await expectUnlockRefused(page, PASSPHRASE);
  await unlock(page, OTHER_PASSPHRASE);
});

test('the new passphrase in Settings is checked before anything is sent', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(OTHER_PASSPHRASE);
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(`${OTHER_PASSPHRASE}!`);
  await button(page, 'Change passphrase').click();
  await expect(page.getByRole('alert')).toHaveText("The two passphrases don't match.");

  // Nothing changed: the old passphrase still opens the journal.
  await lock(page);
  await expectUnlockRefused(page, OTHER_PASSPHRASE);
  await unlock(page, PASSPHRASE);
});
