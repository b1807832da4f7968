import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { answer, bridge, checkinForm, moodRadio, safetyNotice } from '../e2e/checkinFlows';
import { button, createJournal, goTo } from '../e2e/flows';
import { launchApp } from '../e2e/harness';
import { addDays } from '../../shared/dates';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const TODAY = '2026-11-25';

/** A month of plausible moods: a dip mid-month, then a slow climb. */
const MOODS = [6, 6, 5, 7, 6, 5, 4, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7, 6, 6, 7, 6, 7, 8, 7];

test('check-in, PHQ-9 with the item-9 notice, and trends', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.clock.setFixedTime(new Date(2026, 10, 25, 18, 30));
  const app = await launchApp({ page });
  try {
    await createJournal(page);
    const walk = await bridge<{ id: string }>(page, 'trackers:save', {
      name: 'Took a walk',
      scale: 'yesno',
      archived: false,
    });
    const pain = await bridge<{ id: string }>(page, 'trackers:save', {
      name: 'Pain',
      scale: 'rating',
      archived: false,
    });
    for (const [i, mood] of MOODS.entries()) {
      const day = -(MOODS.length - i);
      if (i % 5 === 3) continue; // a few days without a check-in, as in life
      await bridge(page, 'checkins:save', {
        date: addDays(TODAY, day),
        mood,
        // Pain eases as the mood lifts; a walk on most days, fewer during the dip.
        trackers: { [pain.id]: Math.max(0, 9 - mood), [walk.id]: (i + mood) % 3 === 0 ? 0 : 1 },
      });
    }
    for (const [day, instrument, answers] of [
      [-24, 'phq9', [2, 2, 1, 2, 1, 1, 1, 0, 0]],
      [-10, 'phq9', [1, 1, 1, 1, 1, 0, 1, 0, 0]],
      [-24, 'gad7', [2, 2, 2, 1, 1, 1, 1]],
      [-10, 'gad7', [1, 1, 2, 1, 0, 1, 1]],
    ] as const) {
      await bridge(page, 'measures:save', {
        instrument,
        date: addDays(TODAY, day),
        answers,
        difficulty: 1,
      });
    }

    await goTo(page, 'Check-ins');
    const form = checkinForm(page);
    await moodRadio(form, 7, 'Fairly good').check();
    await form.getByRole('checkbox', { name: 'Calm' }).check();
    await form.getByRole('checkbox', { name: 'Tired' }).check();
    await form.getByLabel('Sleep last night (hours, optional)').fill('7');
    await form.getByLabel('Energy, 0 to 10 (optional)').fill('5');
    await form.getByLabel('Anxiety, 0 to 10 (optional)').fill('3');
    await form
      .getByRole('group', { name: 'Took a walk' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await form.getByLabel('Pain, 0 to 10 (optional)').fill('2');
    await form.getByLabel('Note (optional)').fill('Slow start, better after the walk.');
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.querySelector('h1')?.scrollIntoView({ block: 'start' });
    });
    await page.screenshot({ path: `${OUT}/checkins-checkin.png`, animations: 'disabled' });
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await expect(page.getByText(/Done today: mood 7/)).toBeVisible();

    const trends = page.getByRole('region', { name: 'Trends' });
    await expect(trends.getByRole('img', { name: /^Mood over the last 4 weeks/ })).toBeVisible();
    // Tall enough that the whole section fits below the top bar.
    await page.setViewportSize({ width: 1100, height: 2300 });
    await trends.screenshot({ path: `${OUT}/checkins-trends.png`, animations: 'disabled' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await trends.screenshot({ path: `${OUT}/checkins-dark.png`, animations: 'disabled' });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.setViewportSize({ width: 1100, height: 900 });
    await button(page, 'Start PHQ-9').click();
    await expect(page.getByText(/the summary shows your answer to question 9/)).toBeVisible();
    await button(page, 'Begin').click();
    for (const [n, option] of [
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Several days'],
      [4, 'More than half the days'],
      [5, 'Not at all'],
      [6, 'Several days'],
      [7, 'Several days'],
      [8, 'Not at all'],
      [9, 'Several days'],
    ] as const) {
      await answer(page, n, option);
    }
    await expect(safetyNotice(page)).toBeVisible();
    // Question 9 at the top, the notice right below it, as the person sees it.
    await page.setViewportSize({ width: 1100, height: 1250 });
    await page.getByRole('group', { name: /^9\. / }).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      // The scrolling area starts below the top bar: leave room for the question.
      el.closest('main')?.scrollBy(0, -90);
      window.scrollBy(0, -90);
    });
    await page.screenshot({ path: `${OUT}/checkins-q9.png`, animations: 'disabled' });
  } finally {
    await app.close();
  }
});
