import { expect, expectAccessible, test } from './fixtures';
import { button, chooseTheme, createJournal, goTo, heading } from './flows';
import {
  addTracker,
  answer,
  bridge,
  checkinForm,
  homeCheckinCard,
  localDayFromToday,
  safetyNotice,
  startQuestionnaire,
} from './checkinFlows';

for (const theme of ['Light', 'Dark'] as const) {
  test(`Home card, check-in, edit, trends, PHQ-9 with the notice and its result pass axe (${theme})`, async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await createJournal(page);
    await chooseTheme(page, theme);
    await goTo(page, 'Home');
    await expectAccessible(page, `Home check-in card, not done (${theme})`);
    await homeCheckinCard(page).getByRole('button', { name: '4 A bit low', exact: true }).click();
    await expect(homeCheckinCard(page).getByText(/Done today/)).toBeVisible();
    await expectAccessible(page, `Home check-in card, done (${theme})`);

    for (const [days, mood] of [
      [-1, 6],
      [-2, 7],
      [-4, 3],
    ] as const) {
      await bridge(page, 'checkins:save', { date: localDayFromToday(days), mood });
    }
    await goTo(page, 'Check-ins');
    await addTracker(page, 'Took a walk', 'Yes or no');
    await button(page, 'Add another check-in').click();
    await checkinForm(page).getByRole('button', { name: 'Save check-in' }).click();
    await expect(checkinForm(page).getByText('Choose a mood from 1 to 10 first.')).toBeVisible();
    await expectAccessible(page, `check-in form with an error and trends (${theme})`);
    await button(page, 'Cancel').click();

    await page
      .getByRole('button', { name: /^Edit check-in of / })
      .first()
      .click();
    await expect(heading(page, 'Edit check-in')).toBeVisible();
    await expectAccessible(page, `edit check-in (${theme})`);
    await button(page, 'Back to check-ins').click();

    await startQuestionnaire(page, 'GAD-7');
    await expectAccessible(page, `GAD-7 (${theme})`);
    await button(page, 'Back to check-ins').click();
    await button(page, 'Start PHQ-9').click();
    await expect(page.getByText(/the summary shows your answer to question 9/)).toBeVisible();
    await expectAccessible(page, `PHQ-9 before it starts (${theme})`);
    await button(page, 'Begin').click();
    for (let n = 1; n <= 8; n += 1) await answer(page, n, 'Several days');
    await answer(page, 9, 'Several days');
    await expect(safetyNotice(page)).toBeVisible();
    await expectAccessible(page, `PHQ-9 with the notice (${theme})`);
    await button(page, 'See my score').click();
    await expect(heading(page, 'Your PHQ-9 result')).toBeVisible();
    await expectAccessible(page, `PHQ-9 result (${theme})`);
    await button(page, 'Back to check-ins').click();
    await expect(page.getByRole('table', { name: 'PHQ-9 history' })).toBeVisible();
    await expectAccessible(page, `Check-ins with history (${theme})`);
  });
}
