import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, goTo, heading, tabTo, writeEntry } from './flows';
import { seedGoal } from './goalFlows';
import {
  cameUpButton,
  fillAndSaveWoop,
  fillLog,
  figures,
  logDialog,
  obstacleCard,
  planGroup,
  sentence,
  startWoop,
} from './planFlows';

const OBSTACLE = 'I feel too tired after work';
const PLAN = {
  cue: 'I get home and want to sit down',
  response: 'put my shoes on and walk to the corner',
};
const S = sentence(PLAN.cue, PLAN.response);

for (const theme of ['Light', 'Dark'] as const) {
  test(`the WOOP form, the plans page, the log dialog and Home's card pass axe (${theme})`, async ({
    app,
  }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await createJournal(page);
    await seedGoal(app, { title: 'Evening walks' }, 0);
    await chooseTheme(page, theme);
    await goTo(page, 'Plans');
    await expectAccessible(page, `plans, empty (${theme})`);

    await startWoop(page);
    await page.getByLabel('Goal (optional)').selectOption({ label: 'Evening walks' });
    await planGroup(page, 1).getByLabel('If …', { exact: true }).fill('tired');
    await planGroup(page, 1).getByLabel('then I will …', { exact: true }).fill('try');
    await button(page, 'Save plan').click();
    await expect(page.getByText(/Name the obstacle/)).toBeVisible();
    await expectAccessible(page, `WOOP form with nudges and an error (${theme})`);
    await planGroup(page, 1).getByLabel('If …', { exact: true }).fill('');
    await planGroup(page, 1).getByLabel('then I will …', { exact: true }).fill('');
    await fillAndSaveWoop(page, {
      outcome: 'Sleeping better',
      obstacle: OBSTACLE,
      kind: 'A belief',
      plans: [PLAN],
    });

    await cameUpButton(obstacleCard(page, OBSTACLE), S).click();
    await expect(logDialog(page)).toBeVisible();
    await expectAccessible(page, `"It came up" dialog (${theme})`);
    await fillLog(page, { used: 'Partly', outcome: 4, note: 'Went halfway.' });
    await cameUpButton(obstacleCard(page, OBSTACLE), S).click();
    await fillLog(page, { used: 'No', outcome: 2 });
    await expect(figures(page, S)).toContainText('Followed through 25 %');
    await obstacleCard(page, OBSTACLE).getByText('Log (2 times)').click();
    await expectAccessible(page, `plans page with figures and log (${theme})`);

    await obstacleCard(page, OBSTACLE)
      .getByRole('button', { name: `Archive: ${OBSTACLE}` })
      .click();
    await page.getByRole('checkbox', { name: 'Show archived obstacles' }).check();
    await expect(obstacleCard(page, OBSTACLE).getByText('Archived', { exact: true })).toBeVisible();
    await expectAccessible(page, `plans page with an archived obstacle (${theme})`);
    await obstacleCard(page, OBSTACLE)
      .getByRole('button', { name: `Restore: ${OBSTACLE}` })
      .click();

    await goTo(page, 'Home');
    await expect(page.getByText(S)).toBeVisible();
    await expectAccessible(page, `Home with plans to rehearse (${theme})`);
    // Home's card logs too.
    const home = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'If-then plans to rehearse' }) });
    await cameUpButton(home, S).click();
    await fillLog(page, { used: 'Yes', outcome: 5 });
    await expect(home.getByRole('status')).toHaveText(/Noted/);
    await goTo(page, 'Plans');
    await expect(figures(page, S)).toContainText('Came up 3 times');
  });
}

test('keyboard only: a WOOP from a goal, a log, and moving an obstacle', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  await seedGoal(app, { title: 'Evening walks' }, 0);
  await page.keyboard.press('Control+5');
  await expect(heading(page, 'Plans')).toBeFocused();

  for (const [obstacle, plan] of [
    [OBSTACLE, PLAN],
    [
      'I scroll my phone on the sofa',
      { cue: 'I pick up my phone after dinner', response: 'put it on the shelf by the door' },
    ],
  ] as const) {
    await tabTo(page, button(page, 'Plan for an obstacle'));
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Plan for an obstacle')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Goal (optional)')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('What do you wish for?')).toHaveValue('Evening walks');
    await page.keyboard.press('Tab'); // wish, prefilled
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('What would be the best result?')).toBeFocused();
    await page.keyboard.type('Calmer evenings');
    await page.keyboard.press('Tab');
    await page.keyboard.type(obstacle);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('It is mostly')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(planGroup(page, 1).getByLabel('If …', { exact: true })).toBeFocused();
    await page.keyboard.type(plan.cue);
    await page.keyboard.press('Tab');
    await page.keyboard.type(plan.response);
    await expect(planGroup(page, 1).locator('.plan-preview__sentence')).toHaveText(
      sentence(plan.cue, plan.response),
    );
    await tabTo(page, button(page, 'Save plan'));
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Plans')).toBeFocused();
    await expect(obstacleCard(page, obstacle)).toBeVisible();
  }

  // Log with the keyboard: radios by Space and arrows.
  await tabTo(page, cameUpButton(page, S), 60);
  await page.keyboard.press('Enter');
  const dialog = logDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('When')).toBeFocused();
  // The date field's day, month and year are Tab stops of their own.
  await tabTo(page, dialog.getByRole('radio', { name: 'Yes', exact: true }), 5);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: '1 — badly', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Easier than I thought.');
  await tabTo(page, dialog.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(figures(page, S)).toContainText('Followed through 100 %');

  // Move the second obstacle up; focus stays on its move buttons.
  const moveUp = page.getByRole('button', { name: 'Move up: I scroll my phone on the sofa' });
  await tabTo(page, moveUp, 80);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.locator('.obstacle-card__title').allInnerTexts())
    .toEqual(['I scroll my phone on the sofa', OBSTACLE]);
  await expect(
    page.getByRole('button', { name: 'Move down: I scroll my phone on the sofa' }),
  ).toBeFocused();
});

test('keyboard only: "It came up" from a journal entry, through "Plan for this obstacle"', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  await startWoop(page);
  await fillAndSaveWoop(page, { obstacle: OBSTACLE, kind: 'A feeling', plans: [PLAN] });

  await goTo(page, 'Journal');
  await writeEntry(page, { title: 'Tuesday', text: 'Too tired to go out again' });
  // Select the line with the keyboard, then reach the action by Tab.
  await page.keyboard.press('Shift+Home');
  const planFor = button(page, 'Plan for this obstacle');
  await expect(planFor).toBeEnabled();
  await tabTo(page, planFor, 60);
  await page.keyboard.press('Enter');
  const choice = page.getByRole('dialog', { name: 'Plan for this obstacle' });
  await expect(choice).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(choice.getByRole('radio', { name: /^A new obstacle/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(choice.getByRole('radio', { name: /One I already have/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(choice.getByLabel('Which obstacle?')).toBeFocused();
  await expect(choice.getByLabel('Which obstacle?').locator('option:checked')).toHaveText(OBSTACLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(choice.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = logDialog(page);
  await expect(dialog).toBeVisible();
  await expectAccessible(page, '"It came up" from an entry, choosing the plan');
  await tabTo(page, dialog.getByLabel('Which plan was it about?'), 5);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Which plan was it about?').locator('option:checked')).toHaveText(
    S,
  );
  await tabTo(page, dialog.getByRole('radio', { name: 'Yes', exact: true }), 8);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const panel = page.getByRole('region', { name: 'Linked' });
  await expect(panel.getByRole('status')).toHaveText(/Noted/);
  await expect(panel.getByRole('button', { name: `Open Plan: ${OBSTACLE}` })).toBeVisible();

  await goTo(page, 'Plans');
  await expect(figures(page, S)).toContainText('Came up 1 time');
  await expect(figures(page, S)).toContainText('Followed through 100 %');
});
