import { expect, test } from './fixtures';
import { button, createJournal, goTo, heading, lock, unlock } from './flows';
import {
  checkIn,
  checkinForm,
  daysFromToday,
  expectScore,
  next,
  startNewGoal,
  stepHeading,
} from './goalFlows';

test('a goal through the guided flow: the SMART check improves as it fills, then check-ins, pace, chart and "achieved"', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Goals');
  await expect(page.getByRole('heading', { level: 2, name: 'No goals yet' })).toBeVisible();

  await startNewGoal(page);
  await expectScore(page, 0);
  // The check is a polite live region beside the form.
  await expect(page.locator('.smart-panel [aria-live="polite"]')).toBeVisible();

  // S
  await page.getByLabel('Goal name').fill('Evening walks');
  await page.getByLabel('What exactly will you do?').fill('be healthier');
  await expect(page.getByText(/Words like "be", "feel", "try" or "stop"/)).toBeVisible();
  await expectScore(page, 0);
  await page.getByLabel('What exactly will you do?').fill('Walk 20 minutes after work');
  await expectScore(page, 1);
  await next(page, 'Measurable: how will you see progress?');
  await expect(page.getByText('Step 2 of 6', { exact: true })).toBeVisible();

  // M
  await page.getByLabel('Unit', { exact: true }).fill('minutes a day');
  await page.getByLabel('Where you are now').fill('0');
  await page.getByLabel('Where you would like to be').fill('30');
  await expectScore(page, 2);
  await next(page, 'Achievable: what will help?');

  // A: a low confidence is met with a kind suggestion, not a block.
  await page.getByLabel('Steps and resources').fill('Shoes by the door; ask Sam on Fridays');
  await page.getByLabel('How confident are you? (0–10)').fill('5');
  await expect(page.getByText(/A confidence of 5 is useful information/)).toBeVisible();
  await expectScore(page, 2);
  await page.getByLabel('How confident are you? (0–10)').fill('8');
  await expectScore(page, 3);
  await next(page, 'Relevant: why does it matter?');

  // R
  await page.getByLabel('Why it matters to you').fill('I sleep better and feel calmer.');
  await page.getByLabel('Life area (optional)').fill('health');
  await expectScore(page, 4);
  await next(page, 'Time-bound: by when?');

  // T, with a milestone already reached.
  await page.getByLabel('Target date').fill(daysFromToday(60));
  await expectScore(page, 5);
  await button(page, 'Add a milestone').click();
  await page.getByLabel('Milestone 1').fill('First week done');
  await page.getByRole('checkbox', { name: 'Done: First week done' }).check();
  await page.getByLabel('Day done: First week done').fill(daysFromToday(-3));
  await next(page, 'Ready when you are');
  await expect(page.getByText('Walk 20 minutes after work')).toBeVisible();
  await button(page, 'Finish').click();

  // The goal page.
  await expect(heading(page, 'Evening walks')).toBeVisible();
  await expect(page.getByText('SMART check: 5 of 5')).toBeAttached();
  await expect(
    page.getByText('You are 0% of the way from your starting point to your target.'),
  ).toBeVisible();
  await expect(page.getByText('No check-ins yet.', { exact: true })).toBeVisible();
  const chart = page.getByRole('img', { name: /Starting point 0 minutes a day\. Target 30/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/1 milestone done/);
  await expect(chart.locator('.chart__milestone path')).toHaveCount(1);

  // Three check-ins: the chart and the pace follow.
  const form = checkinForm(page, 'Evening walks');
  await checkIn(form, { value: '10', date: daysFromToday(-14), note: 'Rain, short walk' });
  await expect(page.getByRole('img', { name: /^1 check-in from/ })).toBeVisible();
  await expect(
    page.getByText('Your pace shows after two check-ins on different days.'),
  ).toBeVisible();

  await checkIn(form, { value: '15', date: daysFromToday(-7) });
  await expect(page.getByRole('img', { name: /^2 check-ins from/ })).toBeVisible();
  const pace = page.getByText(/^Lately you have gone up by about/);
  await expect(pace).toHaveText('Lately you have gone up by about 5 minutes a day each week.');

  await checkIn(form, { value: '24', date: daysFromToday(0), note: 'Felt good' });
  const chart3 = page.getByRole('img', { name: /^3 check-ins from/ });
  await expect(chart3).toHaveAccessibleName(/Latest 24 minutes a day\./);
  await expect(chart3.locator('circle.chart__point')).toHaveCount(3);
  await expect(chart3.locator('polyline.chart__ideal')).toHaveCount(1);
  await expect(pace).toHaveText('Lately you have gone up by about 7 minutes a day each week.');
  await expect(
    page.getByText('You are 80% of the way from your starting point to your target.'),
  ).toBeVisible();
  await expect(
    page.getByText(/^To reach the target by the date: about .* up each week\.$/),
  ).toBeVisible();
  await expect(page.getByText('Recent check-ins are moving toward your target.')).toBeVisible();
  await expect(page.getByText('Last check-in today.')).toBeVisible();
  await expect(
    page.getByText(/At the current pace you would reach your target around/),
  ).toBeVisible();
  const hiddenTable = page.getByRole('table', { name: 'Check-ins shown in the chart' });
  await expect(hiddenTable.getByRole('row')).toHaveCount(4);
  const checkinsSection = page.getByRole('region', { name: 'Check-ins' });
  await expect(checkinsSection.getByRole('cell', { name: 'Rain, short walk' })).toBeVisible();

  // Deleting a check-in, then adding it back.
  await checkinsSection
    .getByRole('button', { name: /Delete check-in of .* \(24 minutes a day\)/ })
    .click();
  await expect(page.getByRole('img', { name: /^2 check-ins from/ })).toBeVisible();
  await checkIn(form, { value: '24', date: daysFromToday(0), note: 'Felt good' });
  await expect(page.getByRole('img', { name: /^3 check-ins from/ })).toBeVisible();

  // Achieved, with a note, kept in a dated history.
  const status = page.getByRole('region', { name: 'Status' });
  await status.getByLabel('New status').selectOption({ label: 'Achieved' });
  await status.getByLabel('A note (optional)').fill('Walking most days now');
  await status.getByRole('button', { name: 'Save status' }).click();
  await expect(status.getByRole('status')).toHaveText('Status changed to Achieved.');
  await expect(status.getByText('Now: Achieved')).toBeVisible();
  const history = status.getByRole('list');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toHaveText(
    /^Achieved — .* — Walking most days now$/,
  );
  await expect(history.getByRole('listitem').nth(1)).toHaveText(/^Active — /);

  await goTo(page, 'Goals');
  const achieved = page.getByRole('region', { name: 'Recently achieved' });
  await expect(achieved.getByRole('button', { name: 'Evening walks' })).toBeVisible();
  await expect(achieved.getByText('80% of the way')).toBeVisible();
  await expect(achieved.getByText(/^Achieved on /)).toBeVisible();

  // Locking forgets everything on screen; unlocking brings it all back from the vault.
  await lock(page);
  await unlock(page);
  await goTo(page, 'Goals');
  await page
    .getByRole('region', { name: 'Recently achieved' })
    .getByRole('button', { name: 'Evening walks' })
    .click();
  await expect(heading(page, 'Evening walks')).toBeVisible();
  await expect(page.getByRole('img', { name: /^3 check-ins from/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Status' }).getByText('Now: Achieved'),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'First week done' })).toHaveText(
    /done on/,
  );
  await expect(page.getByRole('cell', { name: 'Rain, short walk' })).toBeVisible();
});

test('leaving the guided flow half-way resumes at the same step; skipping is always allowed', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await startNewGoal(page);
  await page.getByLabel('Goal name').fill('Call a friend');
  await next(page, /Measurable/);
  await button(page, 'Skip for now').click();
  await expect(stepHeading(page, /Achievable/)).toBeVisible();
  await button(page, 'Finish later').click();

  await expect(heading(page, 'Goals')).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: 'Call a friend' });
  await expect(card.getByText('SMART 0/5')).toBeVisible();
  await card.getByRole('button', { name: /Continue setting up/ }).click();
  await expect(heading(page, 'Setting up: Call a friend')).toBeVisible();
  await expect(stepHeading(page, /Achievable/)).toBeVisible();
  await expect(page.getByText('Step 3 of 6', { exact: true })).toBeVisible();
  await button(page, 'Back').click();
  await expect(stepHeading(page, /Measurable/)).toBeVisible();
  await button(page, 'Finish later').click();

  // The goal page offers the same.
  await page.getByRole('button', { name: 'Call a friend', exact: true }).click();
  await expect(heading(page, 'Call a friend')).toBeVisible();
  await expect(
    page.getByText('You stopped at step 2 of 6. Pick up where you left off?'),
  ).toBeVisible();
  await button(page, 'Continue setting up').click();
  await expect(stepHeading(page, /Measurable/)).toBeVisible();
});
