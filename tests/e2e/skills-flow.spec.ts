import { addDays, localDay } from '../../shared/dates';
import { expect, test } from './fixtures';
import {
  button,
  createJournal,
  editor,
  expectSaved,
  goTo,
  heading,
  newEntry,
  titleField,
  typeInEditor,
} from './flows';
import {
  addCustomSkill,
  figure,
  fillPractice,
  openSkill,
  practiceDialog,
  skillCard,
} from './skillFlows';

const CUSTOM = 'Cold water on my face';
const PRIVATE_SITUATION = 'Before the dentist appointment';

test('a custom skill, three practices from Home, a skill page and an entry; figures, homework and the summary', async ({
  app,
}) => {
  test.setTimeout(150_000);
  const { page } = app;
  await createJournal(page);
  const today = localDay(new Date());

  // A session with skill homework: practise paced breathing 3 times by next week.
  await goTo(page, 'Sessions & summary');
  const form = page.getByRole('form', { name: 'Record a session' });
  await form.getByRole('button', { name: 'Add homework' }).click();
  await form
    .getByLabel('Homework 1', { exact: true })
    .fill('Practise paced breathing 3× this week');
  await form.getByLabel('Due date for homework 1').fill(addDays(today, 6));
  await form
    .getByLabel('Skill to practise for homework 1 (optional)')
    .selectOption({ label: 'Paced breathing' });
  await expect(form.getByLabel('Times for homework 1')).toHaveValue('3');
  await form.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('status').getByText('Session saved.')).toBeVisible();
  await expect(page.getByText('Paced breathing: 0 of 3')).toBeVisible();

  // The library: add my own skill; the tag filter narrows the list.
  await goTo(page, 'Skills');
  await expect(skillCard(page, 'Paced breathing')).toBeVisible();
  await addCustomSkill(page, {
    name: CUSTOM,
    howTo: 'Splash cold water on my face for thirty seconds.',
    tags: ['Calming'],
    when: 'When panic starts to rise',
  });
  const filter = page.getByRole('group', { name: 'Show skills that are' });
  await filter.getByRole('button', { name: 'Social' }).click();
  await expect(skillCard(page, 'Reaching out to someone')).toBeVisible();
  await expect(skillCard(page, CUSTOM)).toHaveCount(0);
  await filter.getByRole('button', { name: 'Calming' }).click();
  await expect(skillCard(page, CUSTOM)).toBeVisible();
  await filter.getByRole('button', { name: 'All' }).click();

  // Hiding a starter skill takes it out of the list until "Show hidden" is ticked.
  await page.getByRole('button', { name: 'Hide Worry time' }).click();
  await expect(skillCard(page, 'Worry time')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show hidden and archived skills' }).check();
  await expect(skillCard(page, 'Worry time')).toContainText('Hidden');
  await page.getByRole('checkbox', { name: 'Show hidden and archived skills' }).uncheck();

  // 1. From Home.
  await goTo(page, 'Home');
  const home = page.locator('.home-skills');
  await expect(home.getByText('No practice logged this week yet.')).toBeVisible();
  await expect(page.locator('.home-homework').getByText('Paced breathing: 0 of 3')).toBeVisible();
  await home.getByRole('button', { name: 'Log a practice' }).click();
  // Nothing is saved without a helpfulness rating; the error says what to do.
  await practiceDialog(page)
    .getByLabel('Skill', { exact: true })
    .selectOption({ label: 'Paced breathing' });
  await practiceDialog(page).getByRole('button', { name: 'Save practice' }).click();
  await expect(
    practiceDialog(page).getByText('Choose how helpful it was, from 1 to 5.'),
  ).toBeVisible();
  await fillPractice(page, {
    before: 7,
    after: 4,
    helpful: 4,
    kind: 'Anxious or on edge',
    situation: PRIVATE_SITUATION,
  });
  await expect(home.getByText('1 time this week.')).toBeVisible();
  await expect(page.locator('.home-homework').getByText('Paced breathing: 1 of 3')).toBeVisible();

  // 2. From the skill's page.
  await goTo(page, 'Skills');
  await openSkill(page, 'Paced breathing');
  await button(page, 'Log a practice').click();
  await fillPractice(page, { before: 8, after: 3, helpful: 5, kind: 'Anxious or on edge' });
  await expect(figure(page, 'Times practised')).toHaveText('2');
  await expect(figure(page, 'How helpful, on average')).toHaveText('4.5 of 5');
  await expect(figure(page, 'Intensity before → after')).toContainText('7.5 → 3.5 (−4)');

  // 3. From an entry, which also mentions the skill with "@".
  await goTo(page, 'Journal');
  await newEntry(page);
  await titleField(page).fill('A calmer evening');
  await typeInEditor(page, 'Tonight I tried ');
  await page.keyboard.type('@paced');
  await expect(
    page
      .getByRole('listbox', { name: 'Link to a goal, thought record, plan or skill' })
      .getByRole('option'),
  ).toHaveText(/Paced breathing/);
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('.mention')).toHaveText(/Paced breathing/);
  await expectSaved(page);
  await page
    .getByRole('region', { name: 'Practised a skill?' })
    .getByRole('button', { name: 'Log a practice' })
    .click();
  await expect(practiceDialog(page).getByText('It will be linked to this entry.')).toBeVisible();
  await fillPractice(page, { skill: 'Paced breathing', before: 6, helpful: 3 });
  await expect(page.getByText('Practice of Paced breathing logged.')).toBeVisible();

  // The skill page: three practices, the change only from those with both ratings, the entry.
  await goTo(page, 'Skills');
  await openSkill(page, 'Paced breathing');
  await expect(figure(page, 'Times practised')).toHaveText('3');
  await expect(figure(page, 'How helpful, on average')).toHaveText('4 of 5');
  await expect(figure(page, 'Intensity before → after')).toContainText(
    'from 2 times with both ratings',
  );
  await expect(page.getByRole('button', { name: /Open entry: .* A calmer evening/ })).toBeVisible();

  // "What helps me".
  await button(page, 'Back to the library').click();
  await button(page, 'What helps me').click();
  await expect(heading(page, 'What helps me')).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Paced breathing: 4 of 5 (3 times)' }),
  ).toBeVisible();
  await expect(page.locator('.what-helps__situations')).toContainText('Anxious or on edge');

  // Homework progress: done, on Home and on the session.
  await goTo(page, 'Home');
  await expect(page.locator('.home-homework').getByText('Paced breathing: 3 of 3')).toBeVisible();
  await expect(page.locator('.home-skills').getByText('3 times this week.')).toBeVisible();

  // The summary preview: counts, most helpful, homework progress; never the situation.
  await goTo(page, 'Sessions & summary');
  await expect(page.getByText('Paced breathing: 3 of 3')).toBeVisible();
  const preview = page.getByTestId('summary-preview');
  await expect(preview.getByRole('heading', { name: 'Skills practised' })).toBeVisible();
  await expect(preview).toContainText('3 practices of coping skills in this period.');
  await expect(preview).toContainText('Most helpful: Paced breathing (4 of 5).');
  await expect(preview).toContainText('Paced breathing: practised 3 of 3 times');
  await expect(preview).not.toContainText(PRIVATE_SITUATION);
  await page.getByRole('checkbox', { name: 'Skills practised' }).uncheck();
  await expect(preview.getByRole('heading', { name: 'Skills practised' })).toHaveCount(0);
});
