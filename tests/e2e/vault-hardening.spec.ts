import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../../electron/core/vault/migrations';
import { Vault } from '../../electron/core/vault/vault';
import { rewriteManifest } from '../support/manifestAccess';
import { TEST_KDF, doc } from '../support/vaultFixtures';
import { expect, expectAccessible, test } from './fixtures';
import {
  PASSPHRASE,
  backToJournal,
  button,
  createJournal,
  editor,
  entryCard,
  expectHome,
  expectLocked,
  expectSaved,
  lock,
  openEntry,
  tabTo,
  typeInEditor,
  vaultFiles,
  writeEntry,
} from './flows';

/**
 * One writer, external changes and newer journals, through the real stack: what the user
 * sees on the unlock screen when the journal's lock names another computer or it was saved
 * by a newer Waypoint, and the notice and per-entry choice when another writer (standing in
 * for a sync app or another computer: a second Vault on the same folder) changed an entry
 * they were also writing.
 */

async function submitPassphrase(page: Page): Promise<void> {
  await expectLocked(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await button(page, 'Unlock').click();
}

test('a journal open in another program here is refused, with no way to force it', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await lock(page);
  // pid 1 always runs: another live program on this computer holds the journal.
  await writeFile(join(app.dataDir, 'vault.lock'), JSON.stringify({ host: hostname(), pid: 1 }));
  await submitPassphrase(page);
  await expect(page.getByRole('alert')).toHaveText(
    'This journal is open in another Waypoint window or program. Close it there first.',
  );
  await expect(page.getByRole('button', { name: /open it here anyway/i })).toHaveCount(0);
});

test('a lock from another computer is reported; the user can choose to open it here anyway, by keyboard', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Kept', text: 'Still here after the take-over.' });
  await lock(page);
  const foreign = { host: 'sams-laptop', pid: 4242, since: '2026-11-20T08:00:00.000Z' };
  await writeFile(join(app.dataDir, 'vault.lock'), JSON.stringify(foreign));

  await submitPassphrase(page);
  await expect(page.getByRole('alert')).toContainText(
    'This journal looks open on another computer ("sams-laptop" since 2026-11-20)',
  );
  // Reported, not broken: the lock is still the other computer's.
  expect(JSON.parse(await readFile(join(app.dataDir, 'vault.lock'), 'utf8'))).toEqual(foreign);
  await expectAccessible(page, 'unlock screen, lock from another computer');

  const takeOver = button(page, 'It’s closed there — open it here anyway');
  await tabTo(page, takeOver);
  await page.keyboard.press('Enter');
  await expectHome(page);
  expect(JSON.parse(await readFile(join(app.dataDir, 'vault.lock'), 'utf8'))).toMatchObject({
    host: hostname(),
    pid: process.pid,
  });
});

test('a journal saved by a newer Waypoint is refused with a clear message and left untouched', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { text: 'Written before the downgrade.' });
  await lock(page);
  await rewriteManifest(app.dataDir, PASSPHRASE, (data) => ({
    ...data,
    schemaVersion: CURRENT_SCHEMA_VERSION + 1,
  }));
  const before = await vaultFiles(app.dataDir);

  await submitPassphrase(page);
  await expect(page.getByRole('alert')).toHaveText(
    'This journal was saved by a newer version of Waypoint, so this version can only leave it as it is: nothing has been changed. Please update Waypoint to open it.',
  );
  await expectLocked(page);
  expect(await vaultFiles(app.dataDir)).toEqual(before);
  await expectAccessible(page, 'unlock screen, journal from a newer version');
});

test('an entry changed elsewhere while written here: a notice, then keep both or keep the other, per entry', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Morning', text: 'Slept well.' });
  await backToJournal(page);
  await writeEntry(page, { title: 'Evening', text: 'Quiet dinner.' });
  await backToJournal(page);
  const idOf = (title: string) => app.session.listEntries().find((e) => e.title === title)?.id;

  /** Another writer changes the entry; then the user goes on writing in it here. */
  async function changedInBothPlaces(title: string, theirs: string, ours: string) {
    const other = await Vault.open(app.dataDir, PASSPHRASE, { kdf: TEST_KDF });
    await other.saveEntry({ id: idOf(title) ?? '', content: doc(theirs) });
    await other.close();
    await openEntry(page, title);
    await typeInEditor(page, ours);
    await expectSaved(page);
    await backToJournal(page);
  }
  await changedInBothPlaces('Morning', 'Written on the laptop in the morning.', ' And coffee.');
  await changedInBothPlaces('Evening', 'Evening, from the laptop.', ' Early night.');

  const notice = page.getByRole('status').filter({ hasText: 'changed in both places' });
  await expect(notice).toContainText('2 things were changed in both places');
  await button(page, 'Choose versions').click();
  const dialog = page.getByRole('dialog', { name: 'Changed in two places' });
  await expect(dialog).toBeVisible();
  const morning = dialog.getByRole('region', { name: /Morning/ });
  await expect(morning).toContainText('Slept well. And coffee.');
  await expect(morning).toContainText('Written on the laptop in the morning.');
  await expectAccessible(page, 'conflicts dialog');

  // Keyboard only: keep both versions of the morning entry.
  const keepBoth = morning.getByRole('button', { name: 'Keep both' });
  await tabTo(page, keepBoth);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(
    'Kept both: the other version is now its own entry.',
  );
  await expect(dialog.getByRole('region', { name: /Morning/ })).toHaveCount(0);
  await dialog
    .getByRole('region', { name: /Evening/ })
    .getByRole('button', { name: 'Keep the other one' })
    .click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Kept the other version. All settled. Thank you.',
  );
  await button(page, 'Close').click();
  await expect(notice).toHaveCount(0);

  // Morning as written here, and the laptop's morning as its own entry; evening as the laptop's.
  await expect(entryCard(page, /Morning \(other version\)/)).toBeVisible();
  await openEntry(page, /^(?!.*other version).*Morning/);
  await expect(editor(page)).toHaveText('Slept well. And coffee.');
  await backToJournal(page);
  await openEntry(page, /Morning \(other version\)/);
  await expect(editor(page)).toHaveText('Written on the laptop in the morning.');
  await backToJournal(page);
  await openEntry(page, /Evening/);
  await expect(editor(page)).toHaveText('Evening, from the laptop.');
});
