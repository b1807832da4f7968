import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, goTo, heading, lock, tabTo, unlock } from './flows';
import {
  checkIn,
  checkinForm,
  createGoalThroughFlow,
  daysFromToday,
  next,
  startNewGoal,
  stepHeading,
} from './goalFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`goals overview, every flow step, the edit form and the goal page pass axe (${theme})`, async ({
    app,
  }) => {
    // axe takes a few seconds per screen, and this visits fifteen.
    test.setTimeout(150_000);
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    await goTo(page, 'Goals');
    await expectAccessible(page, `goals overview (${theme})`);

    await startNewGoal(page);
    await page.getByLabel('Goal name').fill(`Walks ${theme}`);
    await expectAccessible(page, `flow S (${theme})`);
    await next(page, /Measurable/);
    await page.getByLabel('Where you are now').fill('oops');
    await button(page, 'Next').click();
    await expect(page.getByLabel('Where you are now')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, `flow M with an error (${theme})`);
    await page.getByLabel('Where you are now').fill('0');
    await page.getByLabel('Where you would like to be').fill('30');
    for (const [step, label] of [
      [/Achievable/, 'A'],
      [/Relevant/, 'R'],
      [/Time-bound/, 'T'],
    ] as const) {
      await next(page, step);
      await expectAccessible(page, `flow ${label} (${theme})`);
    }
    await page.getByLabel('Target date').fill(daysFromToday(40));
    await button(page, 'Add a milestone').click();
    await page.getByLabel('Milestone 1').fill('Halfway');
    await page.getByRole('checkbox', { name: 'Done: Halfway' }).check();
    await expectAccessible(page, `flow T with a milestone (${theme})`);
    await next(page, 'Ready when you are');
    await expectAccessible(page, `flow review (${theme})`);
    await button(page, 'Finish').click();
    await expect(heading(page, `Walks ${theme}`)).toBeVisible();

    const form = checkinForm(page, `Walks ${theme}`);
    await checkIn(form, { value: '5', date: daysFromToday(-5) });
    await checkIn(form, { value: '12', note: 'Good day' });
    await expect(page.getByRole('img', { name: /^2 check-ins/ })).toBeVisible();
    await expectAccessible(page, `goal page (${theme})`);

    await button(page, 'Delete goal').click();
    await expect(page.getByRole('dialog', { name: 'Delete this goal?' })).toBeVisible();
    await expectAccessible(page, `delete dialog (${theme})`);
    await button(page, 'Cancel').click();

    await button(page, 'Edit goal').click();
    await expect(heading(page, `Edit: Walks ${theme}`)).toBeVisible();
    await expectAccessible(page, `edit form (${theme})`);
    await button(page, 'Cancel').click();

    await goTo(page, 'Goals');
    await page.getByRole('button', { name: `Check in: Walks ${theme}` }).click();
    await expectAccessible(page, `overview with a goal and a check-in form (${theme})`);
    await goTo(page, 'Home');
    await expectAccessible(page, `home with goals (${theme})`);
  });
}

test('creating a goal and checking in, keyboard only', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Goals');
  const newGoal = button(page, 'New goal');
  await tabTo(page, newGoal);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'A new goal')).toBeFocused();

  await tabTo(page, page.getByLabel('Goal name'));
  await page.keyboard.type('Read before bed');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What exactly will you do?')).toBeFocused();
  await page.keyboard.type('Read 10 pages at 10 pm');
  await tabTo(page, button(page, 'Next'));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, /Measurable/)).toBeFocused();

  await tabTo(page, page.getByLabel('Unit', { exact: true }));
  await page.keyboard.type('pages');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  // Enter in a field moves on, like Next.
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, /Achievable/)).toBeFocused();
  await tabTo(page, button(page, 'Skip for now'));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, /Relevant/)).toBeFocused();
  await tabTo(page, button(page, 'Skip for now'));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, /Time-bound/)).toBeFocused();
  await tabTo(page, button(page, 'Next'));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Ready when you are')).toBeFocused();
  await tabTo(page, button(page, 'Finish'));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Read before bed')).toBeVisible();

  // "Start a check-in" takes focus straight to the value.
  await tabTo(page, button(page, 'Start a check-in'), 80);
  await page.keyboard.press('Enter');
  const value = page.getByLabel('Value (pages)');
  await expect(value).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(checkinForm(page, 'Read before bed').getByRole('status')).toHaveText(
    'Check-in saved: 4 pages.',
  );
  await expect(
    page.getByText('You are 40% of the way from your starting point to your target.'),
  ).toBeVisible();
});

test('entries that link to a goal show on its page; plans and thought records are a click away', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await createGoalThroughFlow(page, {
    title: 'Evening walks',
    unit: 'minutes',
    baseline: '0',
    target: '30',
  });
  const links = page.getByRole('region', { name: 'Linked' });
  await expect(links.getByText(/No entries link to this goal yet/)).toBeVisible();

  // The journal writes links on entries; here one is written straight through the bridge.
  await page.evaluate(async (date) => {
    type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown }>;
    const api = (window as unknown as { waypoint: Record<string, Call> }).waypoint;
    const call = async (channel: string, input: unknown) => {
      const fn = api[channel];
      if (!fn) throw new Error(`no ${channel}`);
      const result = await fn(input);
      if (!result.ok) throw new Error(`${channel} failed`);
      return result.value;
    };
    const [goal] = (await call('goals:list', {})) as { id: string }[];
    const entry = (await call('journal:create', { date, title: 'A walk in the rain' })) as {
      id: string;
    };
    if (!goal) throw new Error('no goal');
    await call('journal:save', { id: entry.id, links: [{ kind: 'goal', id: goal.id }] });
  }, daysFromToday(0));
  // A fresh session reads everything again.
  await lock(page);
  await unlock(page);
  await goTo(page, 'Goals');
  await page.getByRole('button', { name: 'Evening walks', exact: true }).click();
  await expect(heading(page, 'Evening walks')).toBeVisible();
  await links.getByRole('button', { name: /^A walk in the rain — / }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('A walk in the rain');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Evening walks')).toBeVisible();
  await links.getByRole('button', { name: 'Plan for an obstacle' }).click();
  // A new obstacle plan for this goal: the goal is chosen and the Wish taken from it.
  await expect(heading(page, 'Plan for an obstacle')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Goal (optional)' })).toHaveValue(/.+/);
  await expect(page.getByRole('textbox', { name: 'What do you wish for?' })).toHaveValue(
    'Evening walks',
  );
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(heading(page, 'Evening walks')).toBeVisible();
  await links.getByRole('button', { name: 'Challenge a thought' }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
  // It started a draft record already linked to this goal (the link lives on the record).
  const linked = await page.evaluate(async () => {
    type Call = (input: unknown) => Promise<{ ok: boolean; value?: unknown }>;
    const api = (window as unknown as { waypoint: Record<string, Call> }).waypoint;
    const goals = (await api['goals:list']?.({}))?.value as { id: string }[];
    const records = (await api['thoughts:list']?.({}))?.value as {
      goalIds: string[];
      status: string;
    }[];
    return records.map((r) => ({
      status: r.status,
      linked: r.goalIds.includes(goals[0]?.id ?? ''),
    }));
  });
  expect(linked).toEqual([{ status: 'draft', linked: true }]);
});
