import { expect, expectAccessible, test } from './fixtures';
import { chooseTheme, createJournal, goTo } from './flows';
import { bridge, homeCheckinCard, localDayFromToday } from './checkinFlows';

/** Trends: the period selector, a chart per tracker, and the questionnaire totals on their bands. */

interface Tracker {
  id: string;
  name: string;
}

test('the period selector, tracker charts and questionnaire totals with band labels', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  const pain = await bridge<Tracker>(page, 'trackers:save', {
    name: 'Pain',
    scale: 'rating',
    archived: false,
  });
  const walk = await bridge<Tracker>(page, 'trackers:save', {
    name: 'Took a walk',
    scale: 'yesno',
    archived: false,
  });
  await bridge(page, 'trackers:save', { name: 'Old habit', scale: 'yesno', archived: true });
  for (const [day, mood, painValue, walked] of [
    [0, 6, 2, 1],
    [-1, 5, 4, 0],
    [-2, 7, 3, 1],
    [-60, 3, 8, 0],
    [-200, 4, 6, 1],
  ] as const) {
    await bridge(page, 'checkins:save', {
      date: localDayFromToday(day),
      mood,
      trackers: { [pain.id]: painValue, [walk.id]: walked },
    });
  }
  for (const [day, instrument, answers] of [
    [-3, 'phq9', [1, 1, 1, 1, 1, 1, 1, 0, 0]], // 7, Mild
    [-50, 'phq9', [2, 2, 2, 1, 2, 1, 1, 1, 0]], // 12, Moderate
    [-5, 'gad7', [2, 2, 2, 2, 2, 2, 3]], // 15, Severe
  ] as const) {
    await bridge(page, 'measures:save', {
      instrument,
      date: localDayFromToday(day),
      answers,
      difficulty: null,
    });
  }

  await goTo(page, 'Check-ins');
  const trends = page.getByRole('region', { name: 'Trends' });
  const periods = trends.getByRole('group', { name: 'Period shown' });
  await expect(periods.getByRole('radio')).toHaveCount(4);
  await expect(periods.getByRole('radio', { name: '4 weeks' })).toBeChecked();

  // 4 weeks: the last three days only.
  const mood = trends.getByRole('img', { name: /^Mood over / });
  await expect(mood).toHaveAccessibleName(/^Mood over the last 4 weeks: 3 days with a check-in/);
  await expect(mood.locator('.mood-chart__point')).toHaveCount(3);

  const painChart = trends.getByRole('img', { name: 'Pain, the last 4 weeks' });
  await expect(painChart).toHaveAccessibleDescription(
    'Pain, 0 to 10, over the last 4 weeks: 3 days recorded, average 3, lowest 2, highest 4.',
  );
  await expect(painChart.locator('.tracker-chart__point')).toHaveCount(3);
  await expect(painChart.locator('.tracker-chart__point title')).toHaveText([
    /: 3 out of 10$/,
    /: 4 out of 10$/,
    /: 2 out of 10$/,
  ]);
  await expect(trends.getByRole('table', { name: 'Pain by day' }).getByRole('row')).toHaveCount(4);

  const walkChart = trends.getByRole('img', { name: 'Took a walk, the last 4 weeks' });
  await expect(walkChart).toHaveAccessibleDescription(
    'Took a walk, yes or no, over the last 4 weeks: yes on 2 of 3 recorded days.',
  );
  await expect(walkChart.locator('.tracker-chart__bar text')).not.toHaveCount(0);
  const walkTable = trends.getByRole('table', { name: 'Took a walk, yes-days by week' });
  await expect(walkTable).toBeAttached();
  // Archived trackers have no chart.
  await expect(trends.getByRole('img', { name: /^Old habit/ })).toHaveCount(0);

  const phq = trends.getByRole('img', { name: 'PHQ-9 totals over time, the last 4 weeks' });
  await expect(phq).toHaveAccessibleDescription(
    /^PHQ-9 totals \(0 to 27\) over the last 4 weeks: 1 questionnaire\. Latest: 7 on .+, Mild range\./,
  );
  await expect(phq.locator('.measure-chart__point text')).toHaveText(['7']);
  await expect(phq.locator('.measure-chart__band-label')).toHaveText([
    'Minimal 0–4',
    'Mild 5–9',
    'Moderate 10–14',
    'Moderately severe 15–19',
    'Severe 20–27',
  ]);
  await expect(phq.locator('rect.measure-chart__band')).toHaveCount(5);
  const gad = trends.getByRole('img', { name: 'GAD-7 totals over time, the last 4 weeks' });
  await expect(gad.locator('.measure-chart__point text')).toHaveText(['15']);
  await expect(gad.locator('.measure-chart__band-label')).toHaveText([
    'Minimal 0–4',
    'Mild 5–9',
    'Moderate 10–14',
    'Severe 15–21',
  ]);
  await expect(trends.getByRole('table', { name: 'GAD-7 totals by date' })).toContainText('Severe');

  // 3 months: the check-in and the PHQ-9 of two months ago come in.
  await periods.getByRole('radio', { name: '3 months' }).check();
  await expect(mood).toHaveAccessibleName(/^Mood over the last 3 months: 4 days with a check-in/);
  await expect(mood.locator('.mood-chart__point')).toHaveCount(4);
  await expect(
    trends.getByRole('img', { name: 'Pain, the last 3 months' }).locator('.tracker-chart__point'),
  ).toHaveCount(4);
  const phq3 = trends.getByRole('img', { name: 'PHQ-9 totals over time, the last 3 months' });
  await expect(phq3.locator('.measure-chart__point text')).toHaveText(['12', '7']);
  await expect(trends.getByRole('table', { name: 'PHQ-9 totals by date' })).toContainText(
    'Moderate',
  );

  // A year and all: everything, 200 days ago included.
  await periods.getByRole('radio', { name: 'A year' }).check();
  await expect(mood).toHaveAccessibleName(/^Mood over the last year: 5 days with a check-in/);
  await periods.getByRole('radio', { name: 'All' }).check();
  await expect(mood).toHaveAccessibleName(/^Mood over all your check-ins: 5 days with a check-in/);
  await expect(
    trends.getByRole('img', { name: 'Took a walk, all your check-ins' }),
  ).toHaveAccessibleDescription(/yes on 3 of 5 recorded days\.$/);

  // A new check-in shows in the tracker chart at once.
  await periods.getByRole('radio', { name: '4 weeks' }).check();
  await bridge(page, 'checkins:save', {
    date: localDayFromToday(-4),
    mood: 5,
    trackers: { [pain.id]: 9 },
  });
  await goTo(page, 'Home');
  await goTo(page, 'Check-ins');
  await expect(
    trends.getByRole('img', { name: 'Pain, the last 4 weeks' }).locator('.tracker-chart__point'),
  ).toHaveCount(4);
  await expect(
    trends
      .getByRole('img', { name: 'Pain, the last 4 weeks' })
      .locator('.tracker-chart__point title'),
  ).toHaveText([/: 9 out of 10$/, /: 3 out of 10$/, /: 4 out of 10$/, /: 2 out of 10$/]);
  await expect(trends.getByRole('table', { name: 'Pain by day' }).getByRole('row')).toHaveCount(5);
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`the trends view with tracker and questionnaire charts passes axe (${theme})`, async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    const pain = await bridge<Tracker>(page, 'trackers:save', {
      name: 'Pain',
      scale: 'rating',
      archived: false,
    });
    const walk = await bridge<Tracker>(page, 'trackers:save', {
      name: 'Took a walk',
      scale: 'yesno',
      archived: false,
    });
    for (const day of [0, -1, -3, -8, -15]) {
      await bridge(page, 'checkins:save', {
        date: localDayFromToday(day),
        mood: 5 + (day % 3),
        trackers: { [pain.id]: 3 - (day % 2), [walk.id]: day % 2 === 0 ? 1 : 0 },
      });
    }
    await bridge(page, 'measures:save', {
      instrument: 'phq9',
      date: localDayFromToday(-2),
      answers: [2, 2, 1, 1, 1, 1, 1, 1, 0],
      difficulty: null,
    });
    await goTo(page, 'Check-ins');
    const trends = page.getByRole('region', { name: 'Trends' });
    await expect(trends.getByRole('img', { name: 'Pain, the last 4 weeks' })).toBeVisible();
    await expect(
      trends.getByRole('img', { name: 'PHQ-9 totals over time, the last 4 weeks' }),
    ).toBeVisible();
    await expectAccessible(page, `trends, 4 weeks (${theme})`);
    await trends.getByRole('radio', { name: 'All' }).check();
    await expect(trends.getByRole('img', { name: /^Mood over all your check-ins/ })).toBeVisible();
    await expectAccessible(page, `trends, all (${theme})`);
  });
}

test('Settings → Journal: how often questionnaires are suggested', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Home');
  await expect(homeCheckinCard(page)).toContainText('suggested every 14 days');
  await goTo(page, 'Settings');
  const select = page.getByLabel('Questionnaires: suggest every');
  await expect(select.getByRole('option')).toHaveText(['7 days', '14 days', '28 days']);
  await expect(select).toHaveValue('1');
  await select.selectOption({ label: '28 days' });
  await goTo(page, 'Home');
  await expect(homeCheckinCard(page)).toContainText('suggested every 28 days');
});
