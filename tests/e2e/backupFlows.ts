import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { goTo } from './flows';

export const backupsSection = (page: Page): Locator =>
  page.getByRole('region', { name: 'Backups', exact: true });

export const rotateSection = (page: Page): Locator =>
  page.getByRole('region', { name: 'My passphrase or a backup may have been exposed' });

/** Settings → Backups → "Back up now", and its confirmation. */
export async function backUpNow(page: Page): Promise<void> {
  await goTo(page, 'Settings');
  await backupsSection(page).getByRole('button', { name: 'Back up now', exact: true }).click();
  await expect(
    backupsSection(page).getByRole('status').filter({ hasText: 'Backed up and checked.' }),
  ).toBeVisible();
}

/** Opens "Restore…" on the newest backup of a kind and confirms with `passphrase`. */
export async function restoreNewest(
  page: Page,
  kind: 'Made by you' | 'Automatic',
  passphrase: string,
): Promise<void> {
  const item = backupsSection(page).getByRole('listitem').filter({ hasText: kind }).first();
  await item.getByRole('button', { name: /^Restore the backup from / }).click();
  const field = item.getByLabel('Passphrase this backup was made with', { exact: true });
  await expect(item.getByRole('heading', { level: 4 })).toBeFocused();
  await field.fill(passphrase);
  await item.getByRole('button', { name: 'Restore this backup' }).click();
}
