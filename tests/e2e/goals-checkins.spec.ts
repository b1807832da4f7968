import { expect, test } from './fixtures';
import { button, createJournal, createVault, expectHome, goTo, heading } from './flows';
import {
  checkIn,
  checkinForm,
  daysFromToday,
  next,
  seedGoal,
  startNewGoal,
  stepHeading,
} from './goalFlows';

const WALKS = {
  title: 'Evening walks',
  specific: 'Walk after work',
  measure: {
    kind: 'number' as const,
    unit: 'minutes',
    habitPeriod: 'week' as const,
    baseline: 0,
    target: 30,
    direction: 'up' as const,
  },
  targetDate: daysFromToday(50),
};

test('a quick check-in from the goals overview and from Home, when one is due', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  // Two goals made ten days ago with weekly check-ins: both are due.
  await seedGoal(app, WALKS, 10);
  await seedGoal(
    app,
    {
      ...WALKS,
      title: 'Fewer late nights',
      measure: { ...WALKS.measure, kind: 'rating', unit: '', baseline: 3, target: 8 },
    },
    10,
  );
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);

  // Home lists both, each with its own quick check-in.
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Goals with check-ins due' }) });
  await expect(card.getByRole('button', { name: 'Evening walks' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Fewer late nights' })).toBeVisible();
  const homeForm = checkinForm(page, 'Fewer late nights');
  await homeForm.getByLabel('Rating, 0 to 10').fill('12');
  await homeForm.getByRole('button', { name: 'Save check-in' }).click();
  await expect(homeForm.getByLabel('Rating, 0 to 10')).toHaveAccessibleDescription(
    'A rating goes from 0 to 10.',
  );
  await homeForm.getByLabel('Rating, 0 to 10').fill('5');
  await homeForm.getByLabel('Note (optional)').fill('Bed by 11 twice');
  await homeForm.getByRole('button', { name: 'Save check-in' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Check-in saved: 5/10.' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Fewer late nights' })).toBeHidden();
  await expect(card.getByRole('button', { name: 'Evening walks' })).toBeVisible();

  // The overview marks the other as due; a check-in there clears the mark.
  await goTo(page, 'Goals');
  const walks = page.getByRole('listitem').filter({ hasText: 'Evening walks' });
  await expect(walks.getByText('Check-in due')).toBeVisible();
  await expect(walks.getByText('0% of the way')).toBeVisible();
  const nights = page.getByRole('listitem').filter({ hasText: 'Fewer late nights' });
  await expect(nights.getByText('Check-in due')).toBeHidden();
  await expect(nights.getByText('40% of the way')).toBeVisible();

  await walks.getByRole('button', { name: 'Check in: Evening walks' }).click();
  const form = checkinForm(page, 'Evening walks');
  await form.getByLabel('Value (minutes)').fill('lots');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByLabel('Value (minutes)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Enter a number, like 3 or 2.5.')).toBeVisible();
  await checkIn(form, { value: '15' });
  await expect(walks.getByText('50% of the way')).toBeVisible();
  await expect(walks.getByText('Check-in due')).toBeHidden();
  await expect(
    walks.getByRole('progressbar', { name: 'Progress on Evening walks' }),
  ).toHaveAttribute('value', '50');

  // And Home agrees.
  await goTo(page, 'Home');
  await expect(page.getByText('2 active goals, none waiting for a check-in.')).toBeVisible();
});

test('bad input is shown beside the field, from the form and from main, never as a crash', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await startNewGoal(page);
  await page.getByLabel('Goal name').fill('Fewer cigarettes');
  await next(page, /Measurable/);
  await page.getByLabel('How will you measure it?').selectOption({ label: 'A number with a unit' });
  await page.getByLabel('Unit', { exact: true }).fill('cigarettes a day');
  await page.getByLabel('Where you are now').fill('ten');
  await page.getByLabel('Where you would like to be').fill('10');
  await button(page, 'Next').click();
  const baseline = page.getByLabel('Where you are now');
  await expect(baseline).toHaveAttribute('aria-invalid', 'true');
  await expect(baseline).toHaveAccessibleDescription('Enter a number, like 3 or 2.5.');
  await expect(baseline).toBeFocused();
  await expect(stepHeading(page, /Measurable/)).toBeVisible();

  await baseline.fill('10');
  await button(page, 'Next').click();
  const target = page.getByLabel('Where you would like to be');
  await expect(target).toHaveAccessibleDescription('The target is the same as the starting point.');
  // The SMART check says it too, kindly.
  await expect(page.getByText(/Your target is the same as where you start/)).toBeVisible();
  await target.fill('2');
  await page.getByLabel('Better means').selectOption({ label: 'going down' });
  await next(page, /Achievable/);
  await page.getByLabel('How confident are you? (0–10)').fill('7.5');
  await button(page, 'Next').click();
  await expect(page.getByLabel('How confident are you? (0–10)')).toHaveAccessibleDescription(
    /Use a whole number from 0 to 10\./,
  );
  await page.getByLabel('How confident are you? (0–10)').fill('7');
  await next(page, /Relevant/);
  await next(page, /Time-bound/);
  await next(page, 'Ready when you are');
  await button(page, 'Finish').click();
  await expect(heading(page, 'Fewer cigarettes')).toBeVisible();

  // A check-in dated in the future.
  const form = checkinForm(page, 'Fewer cigarettes');
  await form.getByLabel('Value (cigarettes a day)').fill('8');
  await form.getByLabel('Date', { exact: true }).fill(daysFromToday(3));
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByLabel('Date', { exact: true })).toHaveAccessibleDescription(
    'Check-ins are for today or earlier.',
  );

  // Main's schema speaks too: an empty name comes back beside the name field.
  await button(page, 'Edit goal').click();
  await expect(heading(page, 'Edit: Fewer cigarettes')).toBeVisible();
  await page.getByLabel('Goal name').fill('   ');
  await button(page, 'Save changes').click();
  await expect(page.getByLabel('Goal name')).toHaveAccessibleDescription(
    /Give your goal a short name\./,
  );
  await expect(page.getByLabel('Goal name')).toBeFocused();
  await page.getByLabel('Goal name').fill('Fewer cigarettes a day');
  await button(page, 'Save changes').click();
  await expect(heading(page, 'Fewer cigarettes a day')).toBeVisible();
  expect(app.problems).toEqual([]);
});
