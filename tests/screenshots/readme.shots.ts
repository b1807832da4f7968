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
      await page.getByRole('button', { name: 'New entry', exact: true }).click();
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

    // Give Home something to show: a goal with a due check-in, a plan, a session with homework.
    await page.evaluate(async () => {
      const api = (
        window as unknown as {
          waypoint: Record<
            string,
            (i: unknown) => Promise<{ ok: boolean; value: { id: string; plans: { id: string }[] } }>
          >;
        }
      ).waypoint;
      const call = async (channel: string, input: unknown) => {
        const result = await api[channel]?.(input);
        if (!result?.ok) throw new Error(`${channel} failed`);
        return result.value;
      };
      const goal = await call('goals:save', {
        title: 'Walk after work',
        specific: 'Walk 20 minutes around the park after work',
        measure: {
          kind: 'habit',
          unit: 'walks',
          habitPeriod: 'week',
          baseline: 1,
          target: 4,
          direction: 'up',
        },
        steps: 'Shoes by the door',
        confidence: 8,
        why: 'I sleep better',
        lifeArea: '',
        targetDate: '2027-01-31',
        rhythm: 'weekly',
        milestones: [],
        guidedStep: null,
      });
      await call('goals:checkIn', { goalId: goal.id, date: '2026-11-10', value: 2, note: '' });
      await call('plans:save', {
        goalId: goal.id,
        wish: 'Walk after work',
        outcome: 'Calmer evenings',
        obstacle: 'Too tired when I get home',
        obstacleKind: 'feeling',
        plans: [
          { cue: 'I get home and want the sofa', response: 'put my shoes on before sitting down' },
        ],
        order: 0,
        archived: false,
        thoughtRecordIds: [],
      });
      await call('sessions:save', {
        date: '2026-11-19',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [{ text: 'Two short walks', due: '2026-11-26', doneOn: null }],
      });
      await call('sessions:save', {
        date: '2026-12-03',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [],
      });
      await call('agenda:add', { text: 'Sleeping badly', source: 'home', sourceId: null });
    });

    // Data written behind the page's back shows after a lock and unlock (caches are dropped).
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

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
        fullPage: true,
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
