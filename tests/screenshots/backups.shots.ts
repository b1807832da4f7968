import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { backUpNow, backupsSection, rotateSection } from '../e2e/backupFlows';
import { createJournal, writeEntry, backToJournal } from '../e2e/flows';
import { launchApp } from '../e2e/harness';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

test('Settings → Backups with the list and a restore form, and key rotation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1100, height: 1000 });
  const app = await launchApp({ page });
  try {
    await createJournal(page);
    await writeEntry(page, { title: 'Tuesday', text: 'A walk by the river.' });
    await backToJournal(page);
    await backUpNow(page);
    await backUpNow(page);
    const section = backupsSection(page);
    await section
      .getByRole('button', { name: /^Restore the backup from / })
      .first()
      .click();
    await expect(section.getByRole('heading', { level: 4 })).toBeFocused();
    await section.screenshot({ path: `${OUT}/settings-backups.png` });
    await rotateSection(page).getByLabel('Also choose a new passphrase').check();
    await rotateSection(page).screenshot({ path: `${OUT}/settings-rotate-keys.png` });
  } finally {
    await app.close();
  }
});
