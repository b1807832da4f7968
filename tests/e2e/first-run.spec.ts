import { existsSync } from 'node:fs';
import { APP_URL } from './harness';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  PASSPHRASE,
  RECOVERY_KEY_FORMAT,
  button,
  expectHome,
  expectNotOnDisk,
  goTo,
  heading,
  readRecoveryKey,
  writeEntry,
} from './flows';

test('first run: a passphrase is checked, a recovery key is shown once, and nothing readable reaches the disk', async ({
  app,
}) => {
  const { page, dataDir } = app;
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const confirm = page.getByLabel('Confirm passphrase', { exact: true });
  const meter = page.getByRole('meter', { name: 'Passphrase strength' });
  const create = button(page, 'Create my journal');

  // Too short: refused with the plain message, nothing created.
  await passphrase.fill('short1');
  await expect(meter).toHaveAttribute('aria-valuetext', 'Strength: Weak');
  await confirm.fill('short1');
  await create.click();
  await expect(page.getByRole('alert')).toHaveText('Use at least 10 characters.');
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');

  // Long enough but the two don't match.
  await passphrase.fill(PASSPHRASE);
  await expect(meter).toHaveAttribute('aria-valuetext', 'Strength: Strong');
  await confirm.fill(`${PASSPHRASE}x`);
  await create.click();
  await expect(page.getByRole('alert')).toHaveText("The two passphrases don't match.");
  await expect(heading(page, 'Welcome to Waypoint')).toBeVisible();
  expect(existsSync(join(dataDir, 'vault.key'))).toBe(false);

  await confirm.fill(PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await create.click();

  const key = await readRecoveryKey(page);
  expect(key).toMatch(RECOVERY_KEY_FORMAT);
  expect(key.split('-')).toHaveLength(8);

  // "Save as file…" hands over the key as a local download (blob:, nothing sent anywhere).
  const downloading = page.waitForEvent('download');
  await button(page, 'Save as file…').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('waypoint-recovery-key.txt');
  const file = await download.path();
  expect(await readFile(file, 'utf8')).toContain(key);

  const continueButton = button(page, 'Continue');
  const stored = page.getByRole('checkbox', { name: "I've stored it safely" });
  await expect(continueButton).toBeDisabled();
  await stored.check();
  await expect(continueButton).toBeEnabled();
  await stored.uncheck();
  await expect(continueButton).toBeDisabled();
  await stored.check();
  await continueButton.click();

  // The app opens on Home; the journal is one click away.
  await expectHome(page);
  await goTo(page, 'Journal');
  await expect(heading(page, 'Journal')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Nothing here yet' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journal' }),
  ).toHaveAttribute('aria-current', 'page');

  const entry = { title: 'Monday session notes', text: 'Talked about the quiet lighthouse' };
  await writeEntry(page, entry);

  for (const name of ['vault.key', 'vault.key.mirror', 'manifest.wpv']) {
    expect(existsSync(join(dataDir, name)), name).toBe(true);
  }
  await expectNotOnDisk(dataDir, [PASSPHRASE, key, entry.title, entry.text, 'lighthouse']);
});

test('the recovery key can be copied to the clipboard', async ({ app, context }) => {
  const { page } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: APP_URL,
  });
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
  await button(page, 'Create my journal').click();
  const key = await readRecoveryKey(page);
  await button(page, 'Copy').click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
});
