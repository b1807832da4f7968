import { expect, test } from './fixtures';
import { button, createVault, expectHome, goTo, heading, lock, PASSPHRASE } from './flows';
import { seedGoal } from './goalFlows';
import {
  cameUpButton,
  fillAndSaveWoop,
  fillLog,
  figures,
  logDialog,
  obstacleCard,
  obstacleOrder,
  planGroup,
  sentence,
  startWoop,
} from './planFlows';

const TIRED = 'I feel too tired after work';
const BELIEF = "I tell myself a short walk won't make any difference";
const PLAN_1 = {
  cue: 'I get home and want to sit down',
  response: 'put my shoes on and walk to the corner',
};
const PLAN_2 = {
  cue: 'it is raining at 6 pm',
  response: 'walk the stairs at home for ten minutes',
};
const S1 = sentence(PLAN_1.cue, PLAN_1.response);
const S2 = sentence(PLAN_2.cue, PLAN_2.response);

test('a WOOP with two if-then plans from a goal, logged from three places, with follow-through, archive, reorder and lock', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await seedGoal(app, { title: 'Evening walks' }, 0);

  await goTo(page, 'Plans');
  await expect(page.getByRole('heading', { level: 2, name: 'No plans yet' })).toBeVisible();

  // The WOOP form: the wish comes from the goal; nudges speak up beside a vague half.
  await startWoop(page);
  await page.getByLabel('Goal (optional)').selectOption({ label: 'Evening walks' });
  await expect(page.getByLabel('What do you wish for?')).toHaveValue('Evening walks');
  await expect(page.getByText(/picture it/)).toBeVisible();
  await expect(page.getByText(/a feeling, a belief or a habit/)).toBeVisible();
  const first = planGroup(page, 1);
  await first.getByLabel('If …', { exact: true }).fill('tired');
  await expect(first.getByText(/Describe the moment a little more/)).toBeVisible();
  await first.getByLabel('then I will …', { exact: true }).fill('try harder');
  await expect(first.getByText(/What exactly will you do\?/)).toBeVisible();
  await expect(first.locator('[aria-live="polite"]')).toHaveCount(2);
  await expect(first.locator('.plan-preview__sentence')).toHaveText(
    'If tired, then I will try harder.',
  );
  // Nothing but the plan halves is required besides the obstacle itself.
  await button(page, 'Save plan').click();
  await expect(page.getByText(/Name the obstacle/)).toBeVisible();
  await fillAndSaveWoop(page, {
    outcome: 'I would sleep better and feel proud of keeping a promise to myself.',
    obstacle: TIRED,
    kind: 'A feeling',
    plans: [PLAN_1, PLAN_2],
  });
  await expect(first).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Goal: Evening walks' })).toBeVisible();
  const card = obstacleCard(page, TIRED);
  await expect(card.getByText(S1)).toBeVisible();
  await expect(card.getByText(S2)).toBeVisible();
  await expect(card.getByText('Wish:')).toHaveCount(0); // the ":" is CSS
  await expect(card.getByRole('definition').first()).toHaveText('Evening walks');

  // 1. From the plan card: used it, went well.
  await cameUpButton(card, S1).click();
  await expect(logDialog(page).getByLabel('When')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await fillLog(page, { used: 'Yes', outcome: 5, note: 'Short, but I went.' });
  await expect(page.getByRole('status').filter({ hasText: 'Noted' })).toBeVisible();
  await expect(figures(page, S1)).toContainText('Came up 1 time');
  await expect(figures(page, S1)).toContainText('Followed through 100 %');

  // 2. From Home's rehearsal card: partly.
  await goTo(page, 'Home');
  const home = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'If-then plans to rehearse' }) });
  await expect(home.getByText(S1)).toBeVisible();
  await expect(home.getByText(S2)).toBeVisible();
  await cameUpButton(home, S1).click();
  await fillLog(page, { used: 'Partly', outcome: 3 });
  await expect(home.getByRole('status')).toHaveText(/Noted/);

  // 3. From the Plans page, without a specific plan; 4. the plan card again: not used.
  await goTo(page, 'Plans');
  await card.getByRole('button', { name: `It came up (no specific plan): ${TIRED}` }).click();
  await expect(logDialog(page).getByRole('group', { name: 'Did I use a plan?' })).toBeVisible();
  await fillLog(page, { used: 'No', outcome: 2 });
  await cameUpButton(card, S1).click();
  await fillLog(page, { used: 'No', outcome: 2 });

  // yes + partly + no → 50 %; the plan-less time is in the log but not in the plan's figures.
  const f1 = figures(page, S1);
  await expect(f1).toContainText('Came up 3 times');
  await expect(f1).toContainText('Followed through 50 %');
  await expect(f1).toContainText('When used: went 4 of 5 on average');
  await expect(f1).toContainText('When not used: 2 of 5');
  await expect(
    f1.getByRole('list', { name: 'Each time it came up, oldest first' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expect(card.getByText(/Not come up yet/)).toBeVisible(); // plan 2
  // Plans sort by most recent use: the used plan comes first.
  await expect(card.locator('.plan-item__sentence')).toHaveText([S1, S2]);

  await card.getByText('Log (4 times)').click();
  await expect(card.getByText('No specific plan', { exact: true })).toBeVisible();
  await expect(card.getByText('Short, but I went.')).toBeVisible();
  // Deleting a log item (the plan-less one).
  const items = card.locator('.occurrence-log__item');
  await expect(items).toHaveCount(4);
  await items
    .filter({ hasText: 'No specific plan' })
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Log item deleted.' })).toBeVisible();
  await expect(items).toHaveCount(3);
  await expect(f1).toContainText('Followed through 50 %');

  // A second obstacle for the same goal — a belief — then reorder with Move up.
  await button(page, 'Plan for an obstacle').click();
  await fillAndSaveWoop(page, {
    goal: 'Evening walks',
    obstacle: BELIEF,
    kind: 'A belief',
    plans: [
      {
        cue: 'I think "what is the point" at the door',
        response: 'remember how I slept after last time',
      },
    ],
  });
  expect(await obstacleOrder(page)).toEqual([TIRED, BELIEF]);
  const moveUp = page.getByRole('button', { name: `Move up: ${BELIEF}` });
  await moveUp.click();
  await expect.poll(() => obstacleOrder(page)).toEqual([BELIEF, TIRED]);
  await expect(page.getByRole('status').filter({ hasText: `Moved up: ${BELIEF}` })).toBeVisible();
  // Now first, it can't move up: focus stays on its card's other move button.
  await expect(moveUp).toBeDisabled();
  await expect(page.getByRole('button', { name: `Move down: ${BELIEF}` })).toBeFocused();

  // Archive keeps history: hidden by default, shown with its figures and log on request.
  await card.getByRole('button', { name: `Archive: ${TIRED}` }).click();
  await expect(card).toBeHidden();
  await page.getByRole('checkbox', { name: 'Show archived obstacles' }).check();
  await expect(card).toBeVisible();
  await expect(card.getByText('Archived', { exact: true })).toBeVisible();
  await expect(figures(page, S1)).toContainText('Followed through 50 %');
  await expect(cameUpButton(card, S1)).toHaveCount(0);
  // Archived obstacles are off Home's rehearsal list.
  await goTo(page, 'Home');
  await expect(page.getByText(S1)).toHaveCount(0);

  // Lock and unlock: everything is still there, order and all.
  await lock(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await expectHome(page);
  await goTo(page, 'Plans');
  await expect.poll(() => obstacleOrder(page)).toEqual([BELIEF]);
  await page.getByRole('checkbox', { name: 'Show archived obstacles' }).check();
  await expect.poll(() => obstacleOrder(page)).toEqual([BELIEF, TIRED]);
  await expect(figures(page, S1)).toContainText('Came up 3 times');
  await expect(figures(page, S1)).toContainText('Followed through 50 %');
  await card.getByRole('button', { name: `Restore: ${TIRED}` }).click();
  await expect(card.getByText('Archived', { exact: true })).toHaveCount(0);
  await expect(cameUpButton(card, S1)).toBeVisible();
});

test('a belief obstacle opens a thought record with the belief, linked from the obstacle', async ({
  app,
}) => {
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await startWoop(page);
  await fillAndSaveWoop(page, {
    obstacle: BELIEF,
    kind: 'A belief',
    plans: [PLAN_1],
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Not tied to a goal' })).toBeVisible();
  const card = obstacleCard(page, BELIEF);
  await card.getByRole('button', { name: 'Challenge this belief' }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Thought records' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    page
      .getByText(BELIEF)
      .or(page.locator(`textarea:text-is("${BELIEF}")`))
      .first(),
  ).toBeVisible();
  await goTo(page, 'Plans');
  await card.getByRole('button', { name: 'Open thought record 1' }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
});
