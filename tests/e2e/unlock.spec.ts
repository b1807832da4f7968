import { expect, test } from './fixtures';
import {
  OTHER_PASSPHRASE,
  PASSPHRASE,
  WRONG_PASSPHRASE_MESSAGE,
  button,
  chooseNewPassphrase,
  createJournal,
  entryCard,
  expectLocked,
  expectUnlockRefused,
  heading,
  lock,
  openRecoveryUnlock,
  submitRecoveryKey,
  unlock,
  writeEntry,
} from './flows';

test('a wrong passphrase is refused with one plain message; the right one opens the journal', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await lock(page);

  await expectUnlockRefused(page, 'not my passphrase at all');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // A near miss is just as wrong.
  await expectUnlockRefused(page, PASSPHRASE.toUpperCase());
  await expect(page.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing here yet' })).toBeVisible();
});

test('the recovery key, typed in lowercase with spaces, opens the journal and a new passphrase replaces the old', async ({
  app,
}) => {
  const { page } = app;
  const key = await createJournal(page);
  await writeEntry(page, { title: 'Before I forgot', text: 'Still here after recovery' });
  await lock(page);

  await openRecoveryUnlock(page);
  // A well-formed key that isn't this journal's.
  await submitRecoveryKey(page, '0000-0000-0000-0000-0000-0000-0000-0000');
  await expect(page.getByRole('alert')).toHaveText(
    "That recovery key doesn't unlock this journal.",
  );
  // Back and forth between the two ways in.
  await button(page, 'Use my passphrase instead').click();
  await expectLocked(page);
  await openRecoveryUnlock(page);

  await submitRecoveryKey(page, `  ${key.toLowerCase().split('-').join(' ')}  `);
  await chooseNewPassphrase(page, OTHER_PASSPHRASE);
  await expect(entryCard(page, /Before I forgot/)).toBeVisible();

  await lock(page);
  await expectUnlockRefused(page, PASSPHRASE);
  await unlock(page, OTHER_PASSPHRASE);
  await expect(entryCard(page, /Still here after recovery/)).toBeVisible();
});

test('the recovery key as shown (with dashes) works too, and keeps working after a reset', async ({
  app,
}) => {
  const { page } = app;
  const key = await createJournal(page);
  await lock(page);

  await openRecoveryUnlock(page);
  await submitRecoveryKey(page, key);
  await expect(heading(page, 'Choose a new passphrase')).toBeVisible();
  // The new passphrase is checked like the first one.
  await page.getByLabel('New passphrase', { exact: true }).fill('tiny');
  await button(page, 'Save new passphrase').click();
  await expect(page.getByRole('alert')).toHaveText('Use at least 10 characters.');
  await chooseNewPassphrase(page, OTHER_PASSPHRASE);

  // "Your recovery key stays the same."
  await lock(page);
  await openRecoveryUnlock(page);
  await submitRecoveryKey(page, key);
  await chooseNewPassphrase(page, PASSPHRASE);
  await lock(page);
  await expectUnlockRefused(page, OTHER_PASSPHRASE);
  await unlock(page, PASSPHRASE);
});
