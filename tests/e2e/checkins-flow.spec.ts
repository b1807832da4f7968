import { expect, test } from './fixtures';
import {
  button,
  createJournal,
  createVault,
  expectHome,
  goTo,
  heading,
  lock,
  unlock,
  writeEntry,
} from './flows';
import {
  addTracker,
  bridge,
  checkinForm,
  homeCheckinCard,
  localDayFromToday,
  moodRadio,
} from './checkinFlows';

test('one click on Home records the mood and marks today done', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
  await button(page, 'Continue').click();
  await expectHome(page);

  const card = homeCheckinCard(page);
  await expect(card).toContainText(/PHQ-9 and GAD-7: whenever you are ready/);
  const moods = card.getByRole('group', { name: /Your mood right now/ });
  await expect(moods.getByRole('button')).toHaveCount(10);
  await moods.getByRole('button', { name: '7 Fairly good', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Saved: mood 7 — Fairly good.');
  await expect(card.getByText('Done today ✓ Mood 7 — Fairly good.')).toBeVisible();
  await expect(moods).toBeHidden();

  // "Add details" opens that check-in for editing on the Check-ins page.
  await card.getByRole('button', { name: 'Add details' }).click();
  await expect(heading(page, 'Edit check-in')).toBeVisible();
  await expect(moodRadio(page.locator('main'), 7, 'Fairly good')).toBeChecked();
  await button(page, 'Back to check-ins').click();
  await expect(page.getByText(/Done today: mood 7 — Fairly good\./)).toBeVisible();
});

test('a full check-in with trackers, then edited, then another the same day', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Check-ins');
  await addTracker(page, 'Took a walk', 'Yes or no');
  await addTracker(page, 'Pain', '0 to 10');

  const form = checkinForm(page);
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByText('Choose a mood from 1 to 10 first.')).toBeVisible();
  await moodRadio(form, 6, 'Okay').check();
  await form.getByRole('checkbox', { name: 'Tired' }).check();
  await form.getByLabel('Your own word').fill('Restless');
  await form.getByRole('button', { name: 'Add word' }).click();
  await expect(form.getByRole('checkbox', { name: 'Restless' })).toBeChecked();
  await form.getByLabel('Sleep last night (hours, optional)').fill('6.5');
  await form.getByLabel('Energy, 0 to 10 (optional)').fill('14');
  await form.getByLabel('Anxiety, 0 to 10 (optional)').fill('7');
  await form
    .getByRole('group', { name: 'Took a walk' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await form.getByLabel('Pain, 0 to 10 (optional)').fill('3');
  await form.getByLabel('Note (optional)').fill('Walked to the shop after lunch.');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByLabel('Energy, 0 to 10 (optional)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await form.getByLabel('Energy, 0 to 10 (optional)').fill('4');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in saved.' })).toBeVisible();
  await expect(page.getByText(/Done today: mood 6 — Okay\./)).toBeVisible();

  const list = page.getByRole('region', { name: 'Your check-ins' });
  const item = list.getByRole('listitem').first();
  await expect(item).toContainText('6 Okay');
  await expect(item).toContainText('Tired, Restless');
  await expect(item).toContainText(
    'Sleep 6.5 h · Energy 4/10 · Anxiety 7/10 · Pain 3/10 · Took a walk: Yes',
  );
  await expect(item).toContainText('Walked to the shop after lunch.');

  // Edit: the form opens with everything as saved.
  await item.getByRole('button', { name: /^Edit check-in of / }).click();
  await expect(heading(page, 'Edit check-in')).toBeVisible();
  const edit = checkinForm(page);
  await expect(moodRadio(edit, 6, 'Okay')).toBeChecked();
  await expect(edit.getByLabel('Pain, 0 to 10 (optional)')).toHaveValue('3');
  await moodRadio(edit, 8, 'Good').check();
  await edit.getByRole('checkbox', { name: 'Tired' }).uncheck();
  await edit.getByRole('button', { name: 'Save check-in' }).click();
  await expect(heading(page, 'Check-ins')).toBeFocused();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('8 Good');
  await expect(list.getByRole('listitem').first()).not.toContainText('Tired');

  // One a day by default, but another is allowed.
  await button(page, 'Add another check-in').click();
  await moodRadio(checkinForm(page), 5, 'So-so').check();
  await checkinForm(page).getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText(/You have checked in 2 times today\./)).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Delete asks first.
  await list
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Delete check-in of / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this check-in?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test("a journal entry's mood is in the same history and chart; lock and unlock keep everything", async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await writeEntry(page, { title: 'Tuesday', text: 'A heavy morning, a lighter evening.' });
  const entries = await bridge<{ id: string }[]>(page, 'journal:list', {});
  const entryId = entries[0]?.id;
  expect(entryId).toBeTruthy();
  await bridge(page, 'journal:setMood', { entryId, mood: 3, emotions: ['Sad'] });
  // Two earlier days, seeded through the same channel the form uses.
  await bridge(page, 'checkins:save', { date: localDayFromToday(-3), mood: 5 });
  await bridge(page, 'checkins:save', { date: localDayFromToday(-40), mood: 8 });
  await bridge(page, 'measures:save', {
    instrument: 'gad7',
    date: localDayFromToday(-2),
    answers: [1, 1, 1, 1, 1, 1, 1],
    difficulty: null,
  });

  await goTo(page, 'Check-ins');
  const list = page.getByRole('region', { name: 'Your check-ins' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const fromEntry = list.getByRole('listitem').filter({ hasText: 'From a journal entry' });
  await expect(fromEntry).toContainText('3 Quite low');
  await expect(fromEntry).toContainText('Sad');

  const chart = page.getByRole('img', { name: /^Mood over the last 4 weeks/ });
  await expect(chart).toHaveAccessibleName(
    /^Mood over the last 4 weeks: 2 days with a check-in, average 4 out of 10, lowest 3, highest 5\. Latest: 3 on /,
  );
  await expect(chart.locator('.mood-chart__point')).toHaveCount(2);
  await expect(chart.locator('.mood-chart__point text')).toHaveText(['5', '3']);
  const table = page.getByRole('table', { name: 'Mood by day' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('3 Quite low');

  await page.getByRole('radio', { name: '3 months' }).check();
  const quarter = page.getByRole('img', { name: /^Mood over the last 3 months/ });
  await expect(quarter).toHaveAccessibleName(
    /^Mood over the last 3 months: 3 days with a check-in, average 5\.3 out of 10, lowest 3, highest 8\. Latest: 3 on /,
  );
  await expect(quarter.locator('.mood-chart__point')).toHaveCount(3);
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('8 Good');
  const weekly = page.getByRole('region', { name: 'Average mood per week' });
  await expect(weekly.getByRole('listitem').first()).toContainText(/out of 10/);

  await lock(page);
  await unlock(page);
  await goTo(page, 'Check-ins');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(fromEntry).toContainText('3 Quite low');
  await expect(page.getByRole('img', { name: /4 weeks: 2 days with a check-in/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'GAD-7 history' })).toContainText('7 of 21');
});
