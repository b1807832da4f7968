import { expect, expectAccessible, test } from './fixtures';
import {
  button,
  createVault,
  editor,
  expectHome,
  expectSaved,
  goTo,
  heading,
  lock,
  PASSPHRASE,
  unlock,
  writeEntry,
} from './flows';
import { goalLinks, openGoal, seedGoal } from './goalFlows';
import {
  cameUpButton,
  fillAndSaveWoop,
  fillLog,
  figures,
  logDialog,
  obstacleCard,
  obstacleOrder,
  planGroup,
  selectLastLine,
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

test('a WOOP with two if-then plans from a goal, logged from a plan card, the goal page and an entry, with follow-through, archive, reorder and lock', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);
  await seedGoal(app, { title: 'Evening walks' }, 0);
  // Locking clears the renderer's caches, so the app reads the goal saved behind its back.
  await lock(page);
  await unlock(page);

  // Started from the goal's page: the form opens with the goal chosen and the wish from it.
  await openGoal(page, 'Evening walks');
  const goalPlans = goalLinks(page);
  await expect(goalPlans.getByText('No obstacle plans for this goal yet.')).toBeVisible();
  await goalPlans.getByRole('button', { name: 'Plan for an obstacle' }).click();
  await expect(heading(page, 'Plan for an obstacle')).toBeVisible();
  await expect(page.getByLabel('Goal (optional)').locator('option:checked')).toHaveText(
    'Evening walks',
  );
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

  // 2. From the goal's page, which lists the goal's obstacle with its plans: partly.
  await openGoal(page, 'Evening walks');
  await expect(
    goalPlans.getByRole('button', { name: `Open the plan for: ${TIRED}` }),
  ).toBeVisible();
  await cameUpButton(goalPlans, S1).click();
  await fillLog(page, { used: 'Partly', outcome: 3 });
  await expect(goalPlans.getByRole('status')).toHaveText(/Noted/);
  await expect(figures(page, S1)).toContainText('Came up 2 times');
  await expectAccessible(page, 'goal page with its obstacle plans');

  // 3. From a journal entry: "Plan for this obstacle" on a selection offers the obstacle
  // already planned for; choosing it links the plan and logs this time, with the plan chosen.
  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'Rainy evening', text: 'Too tired again after work' });
  await selectLastLine(page);
  await button(page, 'Plan for this obstacle').click();
  const choice = page.getByRole('dialog', { name: 'Plan for this obstacle' });
  await choice.getByRole('radio', { name: /One I already have/ }).check();
  await choice.getByLabel('Which obstacle?').selectOption({ label: TIRED });
  await expectAccessible(page, '"Plan for this obstacle" with plans already made');
  await choice.getByRole('button', { name: 'Continue' }).click();
  await expect(editor(page).locator('.mention')).toContainText(TIRED);
  await expect(logDialog(page).getByText(`Obstacle: ${TIRED}`)).toBeVisible();
  await logDialog(page).getByLabel('Which plan was it about?').selectOption({ label: S1 });
  await expect(logDialog(page).getByRole('group', { name: 'Did I use the plan?' })).toBeVisible();
  await fillLog(page, { used: 'No', outcome: 2 });
  const entryLinks = page.getByRole('region', { name: 'Linked' });
  await expect(entryLinks.getByRole('status')).toHaveText(/Noted/);
  await expectSaved(page);
  // The entry's side panel logs it too (here with no specific plan).
  await entryLinks.getByRole('button', { name: `It came up, from this entry: ${TIRED}` }).click();
  await fillLog(page, { used: 'No', outcome: 2 });

  // Home's rehearsal card lists both plans.
  await goTo(page, 'Home');
  const home = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'If-then plans to rehearse' }) });
  await expect(home.getByText(S1)).toBeVisible();
  await expect(home.getByText(S2)).toBeVisible();

  // yes + partly + no → 50 %; the plan-less time is in the log but not in the plan's figures.
  await goTo(page, 'Plans');
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
  // The card lists the entry that links to it (a backlink computed from the journal).
  await expect(
    card
      .getByRole('region', { name: 'Entries that link to this plan' })
      .getByRole('button', { name: /Rainy evening/ }),
  ).toBeVisible();

  await card.getByText('Log (4 times)').click();
  await expect(card.getByText('No specific plan', { exact: true })).toBeVisible();
  await expect(card.getByText('Short, but I went.')).toBeVisible();
  await expect(card.getByRole('button', { name: /^Open the journal entry logged on/ })).toHaveCount(
    2,
  );
  // Deleting a log item (the plan-less one).
  const items = card.locator('.occurrence-log__item');
  await expect(items).toHaveCount(4);
  const deleteItem = items
    .filter({ hasText: 'No specific plan' })
    .getByRole('button', { name: /^Delete/ });
  const confirm = page.getByRole('dialog', { name: 'Delete this log item?' });
  // It asks first; Cancel keeps the item.
  await deleteItem.click();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(items).toHaveCount(4);
  await deleteItem.click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Log item deleted.' })).toBeVisible();
  await expect(items).toHaveCount(3);
  await expect(f1).toContainText('Followed through 50 %');
  // A log item made from the entry opens it.
  await card.getByRole('button', { name: /^Open the journal entry logged on/ }).click();
  await expect(editor(page)).toContainText('Too tired again after work');
  await goTo(page, 'Plans');

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
  // The link shows on both sides: the record names the obstacle that opened it…
  const fromPlan = page.getByRole('region', { name: 'Opened from an obstacle plan' });
  await fromPlan.getByRole('button', { name: `Open the plan for: ${BELIEF}` }).click();
  await expect(heading(page, 'Plans')).toBeVisible();
  await expect(card.getByRole('heading', { name: BELIEF })).toBeFocused();
  // …and the obstacle's card opens the record.
  await card.getByRole('button', { name: 'Open thought record 1' }).click();
  await expect(heading(page, 'Thought records')).toBeVisible();
  await expect(fromPlan).toBeVisible();
  await expectAccessible(page, 'thought record opened from a belief obstacle');
});
