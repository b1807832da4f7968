import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backUpNow, backupsSection, restoreNewest, rotateSection } from './backupFlows';
import { expect, expectAccessible, test } from './fixtures';
import {
  PASSPHRASE,
  WRONG_PASSPHRASE_MESSAGE,
  backToJournal,
  createJournal,
  editor,
  expectSaved,
  goTo,
  heading,
  lock,
  openEntry,
  openRecoveryUnlock,
  RECOVERY_KEY_FORMAT,
  submitRecoveryKey,
  typeInEditor,
  unlock,
  writeEntry,
} from './flows';

test('back up now, change an entry, restore: the old text is back, the replaced journal kept', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Tuesday', text: 'Before the backup.' });
  await backToJournal(page);
  await backUpNow(page);
  const section = backupsSection(page);
  await expect(section.getByText(/^Last backup: .*, checked\.$/)).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem').first()).toContainText('Made by you');
  await expect(section.getByRole('listitem').first()).toContainText('Checked');

  await goTo(page, 'Journal');
  await openEntry(page, /Tuesday/);
  await typeInEditor(page, ' And after it.');
  await expectSaved(page);
  await backToJournal(page);

  // A wrong passphrase is refused and nothing is replaced.
  await goTo(page, 'Settings');
  await restoreNewest(page, 'Made by you', 'not the passphrase at all');
  await expect(section.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);
  await section
    .getByLabel('Passphrase this backup was made with', { exact: true })
    .fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(section.getByRole('status').filter({ hasText: /^Restored\./ })).toBeVisible();
  await expect(
    section.getByRole('listitem').filter({ hasText: 'Kept before a restore' }),
  ).toHaveCount(1);

  await goTo(page, 'Journal');
  await openEntry(page, /Tuesday/);
  await expect(editor(page)).toHaveText('Before the backup.');
  expect(app.problems).toEqual([]);
});

test('the backup folder is chosen through the system dialog, with advice to use another disk', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const section = backupsSection(page);
  await expect(section).toContainText('another disk');
  await section.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(section.getByText('backup-disk')).toBeVisible();
  expect(app.osRequests.some((r) => r.startsWith('choose folder'))).toBe(true);
  await backUpNow(page);
  await expect(section.getByRole('listitem')).toHaveCount(1);
  // Back to the default folder: the list shows what is there (nothing yet).
  await section.getByRole('button', { name: 'Use the default folder' }).click();
  await expect(section.getByText('(the default, beside your journal)')).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(0);
  // A controlled checkbox: it shows the change once main has stored it, so click, then expect.
  await section.getByLabel(/Back up automatically/).click();
  await expect(section.getByLabel(/Back up automatically/)).not.toBeChecked();
  await goTo(page, 'Journal');
  await goTo(page, 'Settings');
  await expect(section.getByLabel(/Back up automatically/)).not.toBeChecked();
});

test('"My passphrase or a backup may have been exposed": new keys, the passphrase still unlocks, a new recovery key', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Kept safe', text: 'Written before the new keys.' });
  await backToJournal(page);
  await goTo(page, 'Settings');
  const rotate = rotateSection(page);
  await expect(rotate).toContainText('can’t open anything you write from now on');
  await rotate.getByLabel('Your passphrase', { exact: true }).fill('wrong passphrase here');
  await rotate.getByRole('button', { name: 'Change the keys' }).click();
  await expect(rotate.getByRole('alert')).toHaveText(WRONG_PASSPHRASE_MESSAGE);
  await rotate.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await rotate.getByRole('button', { name: 'Change the keys' }).click();
  await expect(
    rotate
      .getByRole('status')
      .filter({ hasText: /new key/ })
      .first(),
  ).toBeVisible();
  await expect(rotate.getByRole('heading', { name: 'Your new recovery key' })).toBeFocused();
  const recoveryKey = (
    await rotate.getByRole('figure', { name: 'Recovery key' }).locator('code').innerText()
  ).trim();
  expect(recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
  await expectAccessible(page, 'new keys and recovery key');
  await rotate.getByLabel("I've stored the new key safely").check();
  await rotate.getByRole('button', { name: 'Done' }).click();

  await lock(page);
  await unlock(page, PASSPHRASE);
  await openEntry(page, /Kept safe/);
  await expect(editor(page)).toHaveText('Written before the new keys.');
  await backToJournal(page);

  await lock(page);
  await openRecoveryUnlock(page);
  await submitRecoveryKey(page, recoveryKey);
  await expect(heading(page, 'Choose a new passphrase')).toBeVisible();
});

test('a damaged part of the journal offers "Restore from a backup", which leads to the list', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Precious', text: 'Worth a backup.' });
  await backToJournal(page);
  await backUpNow(page);
  await lock(page);

  // Damage the entry's file on disk while locked.
  const [file] = await readdir(join(app.dataDir, 'entries'));
  const path = join(app.dataDir, 'entries', file ?? '');
  const bytes = await readFile(path);
  bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
  await writeFile(path, bytes);

  await unlock(page);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('set aside');
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(backupsSection(page).locator('xpath=..')).toBeFocused();
  await expectAccessible(page, 'backups list after damage');
  await restoreNewest(page, 'Made by you', PASSPHRASE);
  await expect(
    backupsSection(page)
      .getByRole('status')
      .filter({ hasText: /^Restored\./ }),
  ).toBeVisible();
  await goTo(page, 'Journal');
  await openEntry(page, /Precious/);
  await expect(editor(page)).toHaveText('Worth a backup.');
});

test('backups by keyboard alone, and the open restore form passes axe', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Settings');
  const section = backupsSection(page);
  const now = section.getByRole('button', { name: 'Back up now', exact: true });
  await now.focus();
  await page.keyboard.press('Enter');
  await expect(
    section.getByRole('status').filter({ hasText: 'Backed up and checked.' }),
  ).toBeVisible();
  const restore = section.getByRole('button', { name: /^Restore the backup from / });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('heading', { level: 4 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    section.getByLabel('Passphrase this backup was made with', { exact: true }),
  ).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await expectAccessible(page, 'restore form');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status').filter({ hasText: /^Restored\./ })).toBeVisible();
});
