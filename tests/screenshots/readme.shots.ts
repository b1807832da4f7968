import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from '../e2e/harness';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const PASSPHRASE = 'a quiet harbour at dawn';

test('README screenshots', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  // Home shows today's date and counts: pin "now" (timers keep running) to the last entry's day.
  await page.clock.setFixedTime(new Date(2026, 10, 25, 18, 30));
  const app = await launchApp({ page });
  try {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await page.screenshot({ path: `${OUT}/welcome.png`, animations: 'disabled' });
    await page.getByRole('button', { name: 'Create my journal' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
    await page.screenshot({ path: `${OUT}/recovery-key.png`, animations: 'disabled' });
    await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Journal' })
      .click();

    const entries: [string, string, string][] = [
      [
        '2026-11-19',
        'Before the session',
        'Wrote down what I want to bring up on Thursday: the tram, and sleeping badly.',
      ],
      [
        '2026-11-22',
        'A small walk',
        'Walked for twenty minutes after work. It helped more than I expected.',
      ],
      [
        '2026-11-25',
        'Noticing the thought',
        'When the email came I thought "they must be angry with me". I checked the evidence.',
      ],
    ];
    for (const [date, title, text] of entries) {
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByLabel('Date').fill(date);
      await page.getByLabel('Title').fill(title);
      await page.getByRole('textbox', { name: 'Entry text' }).click();
      await page.keyboard.type(text);
      await expect(page.getByRole('status').filter({ hasText: /^.?\s*Saved/ })).toBeVisible();
      // editor.png (with rich text, light and dark) comes from editor.shots.ts.
      await page.getByRole('button', { name: 'Back to journal' }).click();
    }
    await expect(page.getByRole('button', { name: /A small walk/ })).toBeVisible();
    await page.screenshot({ path: `${OUT}/journal.png`, animations: 'disabled' });

    // Home, in both themes (the theme is chosen in Settings; Home is one click away).
    const nav = page.getByRole('navigation', { name: 'Main' });
    const shootHome = async (theme: 'Light' | 'Dark') => {
      await nav.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('radio', { name: theme }).click();
      await expect(page.getByRole('radio', { name: theme })).toBeChecked();
      await nav.getByRole('button', { name: 'Home' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeFocused();
      // The focus ring on the heading is for keyboard users; keep it out of the picture.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
      });
      await page.screenshot({
        path: `${OUT}/home-${theme.toLowerCase()}.png`,
        animations: 'disabled',
      });
    };
    await shootHome('Light');
    await shootHome('Dark');

    await nav.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await page.screenshot({ path: `${OUT}/settings-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await page.screenshot({ path: `${OUT}/unlock-dark.png`, animations: 'disabled' });
    await page.getByRole('button', { name: 'Need help now?' }).click();
    await page.screenshot({ path: `${OUT}/help.png`, animations: 'disabled' });
  } finally {
    await app.close();
  }
});
