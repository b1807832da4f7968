import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, goTo, heading, lock, tabTo, unlock } from './flows';
import { openGoal, seedGoal } from './goalFlows';
import { obstacleCard, planGroup, startWoop } from './planFlows';
import {
  addCustomSkill,
  figure,
  fillPractice,
  openSkill,
  practiceDialog,
  skillCard,
} from './skillFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`the library, a skill page, the practice dialog and "What helps me" pass axe (${theme})`, async ({
    app,
  }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    await goTo(page, 'Skills');
    await expectAccessible(page, `skills library (${theme})`);
    await button(page, 'Add your own skill').click();
    await page
      .getByRole('dialog', { name: 'Add your own skill' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    await expect(page.getByText('Give the skill a short name.')).toBeVisible();
    await expectAccessible(page, `add-skill dialog with an error (${theme})`);
    await page.keyboard.press('Escape');
    await addCustomSkill(page, {
      name: 'Cold water',
      howTo: 'Splash cold water.',
      tags: ['Calming'],
    });

    await openSkill(page, 'Paced breathing');
    await button(page, 'Log a practice').click();
    await expect(practiceDialog(page)).toBeVisible();
    await expectAccessible(page, `practice dialog (${theme})`);
    await fillPractice(page, { before: 6, after: 2, helpful: 5, kind: 'Low or flat' });
    await expect(figure(page, 'Times practised')).toHaveText('1');
    await expectAccessible(page, `a skill page with figures and log (${theme})`);

    await button(page, 'Back to the library').click();
    await button(page, 'What helps me').click();
    await expect(heading(page, 'What helps me')).toBeVisible();
    await expectAccessible(page, `what helps me (${theme})`);

    await goTo(page, 'Home');
    await expect(page.locator('.home-skills').getByText('1 time this week.')).toBeVisible();
    await expectAccessible(page, `Home with the skills card (${theme})`);
  });
}

test('a skill as a goal step (picked in the step editor, by keyboard) and as the "then" of an if-then plan, both linking to its page', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  await seedGoal(app, { title: 'Calmer mornings' }, 0);
  await lock(page);
  await unlock(page);
  await openGoal(page, 'Calmer mornings');

  // Edit goal → Add a milestone → name it → choose its skill → Save changes, keys only.
  await tabTo(page, button(page, 'Edit goal'), 60);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Edit: Calmer mornings')).toBeVisible();
  await tabTo(page, button(page, 'Add a milestone'), 80);
  await page.keyboard.press('Enter');
  const stepName = page.getByLabel('Milestone 1', { exact: true });
  const stepSkill = page.getByLabel('Skill for step 1 (optional)');
  await expect(stepName).toBeVisible();
  // The new row sits just before the add button: name, skill, done, remove.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
  await expect(stepName).toBeFocused();
  await page.keyboard.type('Breathe before work');
  await page.keyboard.press('Tab');
  await expect(stepSkill).toBeFocused();
  await page.keyboard.type('Paced');
  await expect(stepSkill).toHaveValue('builtin-paced-breathing');
  await expectAccessible(page, 'goal edit form with a step skill chosen');
  await tabTo(page, button(page, 'Save changes'), 40);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Calmer mornings')).toBeVisible();

  // The goal page names the step's skill; following it shows the goal step on the skill page.
  const toSkill = page.getByRole('button', { name: 'Skill: Paced breathing' });
  await expect(toSkill).toBeVisible();
  await tabTo(page, toSkill, 80);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Paced breathing')).toBeVisible();
  const toGoal = page.getByRole('button', {
    name: 'Goal “Calmer mornings”, step: Breathe before work',
  });
  await expect(toGoal).toBeVisible();
  await tabTo(page, toGoal, 80);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Calmer mornings')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skill: Paced breathing' })).toBeVisible();

  await startWoop(page);
  await page.getByLabel('What inside you tends to get in the way?').fill('Panic before calls');
  const plan = planGroup(page, 1);
  await plan.getByLabel('If …', { exact: true }).fill('my chest tightens before a call');
  await plan
    .getByLabel('Use one of my skills (optional)')
    .selectOption({ label: 'Paced breathing' });
  await expect(plan.getByLabel('then I will …', { exact: true })).toHaveValue(
    'practise paced breathing',
  );
  await button(page, 'Save plan').click();
  await expect(obstacleCard(page, 'Panic before calls')).toBeVisible();
  await obstacleCard(page, 'Panic before calls')
    .getByRole('button', { name: 'Skill: Paced breathing' })
    .click();
  await expect(heading(page, 'Paced breathing')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Plan: If my chest tightens/ })).toBeVisible();
});

test('keyboard only: open Skills, add a skill, log a practice and see it counted', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createJournal(page);
  await page.keyboard.press('Control+8');
  await expect(heading(page, 'Skills')).toBeFocused();

  await tabTo(page, button(page, 'Add your own skill'));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add your own skill' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Stretch my shoulders');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Roll my shoulders back five times.');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: 'Calming' })).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(skillCard(page, 'Stretch my shoulders')).toBeVisible();

  await tabTo(
    page,
    page.getByRole('button', { name: 'Log a practice of Stretch my shoulders' }),
    80,
  );
  await page.keyboard.press('Enter');
  const log = practiceDialog(page);
  await expect(log).toBeVisible();
  await tabTo(page, log.getByLabel('Intensity before, 0 to 10 (optional)'), 10);
  await page.keyboard.press('ArrowDown'); // "Not rated" → 0 … the select moves by one
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(log.getByLabel('Intensity after, 0 to 10 (optional)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(log.getByRole('radio', { name: '1 Not at all' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(log.getByRole('radio', { name: '4 Quite' })).toBeChecked();
  await tabTo(page, log.getByRole('button', { name: 'Save practice' }));
  await page.keyboard.press('Enter');
  await expect(log).toBeHidden();
  await expect(page.getByText('Practice of Stretch my shoulders logged.')).toBeVisible();
  await expect(skillCard(page, 'Stretch my shoulders')).toContainText('Practised 1 time');

  await tabTo(page, page.getByRole('button', { name: 'Open Stretch my shoulders' }), 80);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Stretch my shoulders')).toBeFocused();
  await expect(figure(page, 'Intensity before → after')).toContainText('1 → 0 (−1)');

  // Deleting a practice asks first: Escape keeps it, Delete removes it.
  const remove = page.getByRole('button', { name: /^Delete the practice of / });
  const confirm = page.getByRole('dialog', { name: 'Delete this practice?' });
  await tabTo(page, remove, 40);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'confirm deleting a practice');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(figure(page, 'Times practised')).toHaveText('1');
  await tabTo(page, remove, 40);
  await page.keyboard.press('Enter');
  await tabTo(page, confirm.getByRole('button', { name: 'Delete', exact: true }), 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText('That practice was removed from the log.')).toBeVisible();
  await expect(page.getByText('No practice logged yet.', { exact: false })).toBeVisible();
  await expect(remove).toHaveCount(0);
});
