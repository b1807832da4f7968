import { expect, test } from './fixtures';
import { button, createJournal, goTo, heading, lock, tabTo, unlock } from './flows';
import {
  answer,
  backToCheckins,
  completeQuestionnaire,
  expectCrisisNumbers,
  questionnaireItem,
  safetyNotice,
  startQuestionnaire,
} from './checkinFlows';
import { DIFFICULTY_QUESTION, GAD7, PFIZER_SOURCE, PHQ9 } from '../../shared/measures';

test('PHQ-9: the summary notice first; question 9 above 0 shows the crisis notice at once, and on the result', async ({
  app,
}) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Check-ins');
  await button(page, 'Start PHQ-9').click();
  await expect(heading(page, 'PHQ-9')).toBeFocused();
  await expect(
    page.getByText(
      /if you later include this questionnaire in a summary for your therapist, the summary shows your answer to question 9/,
    ),
  ).toBeVisible();
  await expect(questionnaireItem(page, 1)).toBeHidden();
  await button(page, 'Begin').click();

  // The instrument's own stem, items, answers and source line.
  await expect(page.getByText(PHQ9.stem)).toBeVisible();
  for (const [i, item] of PHQ9.items.entries()) {
    await expect(questionnaireItem(page, i + 1)).toContainText(item);
  }
  await expect(questionnaireItem(page, 1).getByRole('radio')).toHaveCount(4);
  await expect(page.getByText(DIFFICULTY_QUESTION)).toBeVisible();
  await expect(page.getByText(PFIZER_SOURCE)).toBeVisible();
  await expect(
    page.getByText('This is a self-report to discuss with your therapist, not a diagnosis.'),
  ).toBeVisible();

  // Submitting with gaps names them.
  await answer(page, 1, 'Several days');
  await button(page, 'See my score').click();
  await expect(page.getByRole('alert')).toHaveText(
    'Please answer questions 2, 3, 4, 5, 6, 7, 8, 9 too.',
  );

  for (let n = 2; n <= 8; n += 1) await answer(page, n, 'Not at all');
  await expect(safetyNotice(page)).toBeHidden();
  await answer(page, 9, 'Several days');
  // Immediately, on the same screen, before submitting.
  await expect(heading(page, 'PHQ-9')).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Thank you for answering honestly.' }),
  ).toBeVisible();
  await expect(safetyNotice(page)).toBeVisible();
  await expectCrisisNumbers(safetyNotice(page));
  await expect(safetyNotice(page).getByRole('button')).toHaveCount(0);
  // Changing the answer back does not hide it.
  await answer(page, 9, 'Not at all');
  await expect(safetyNotice(page)).toBeVisible();
  await answer(page, 9, 'More than half the days');

  await button(page, 'See my score').click();
  await expect(heading(page, 'Your PHQ-9 result')).toBeFocused();
  await expect(safetyNotice(page)).toBeVisible();
  await expectCrisisNumbers(safetyNotice(page));
  await expect(page.getByText('3 of 27')).toBeVisible();
  await expect(page.getByText('Minimal range')).toBeVisible();
  await expect(page.getByText('This is your first one.')).toBeVisible();
  await expect(
    page.getByText('This is a self-report to discuss with your therapist, not a diagnosis.'),
  ).toBeVisible();

  await backToCheckins(page);
  const history = page.getByRole('table', { name: 'PHQ-9 history' });
  await expect(history).toContainText('3 of 27');
  await expect(history).toContainText('Question 9 answered above 0');

  await lock(page);
  await unlock(page);
  await goTo(page, 'Check-ins');
  await expect(page.getByRole('table', { name: 'PHQ-9 history' })).toContainText('3 of 27');
});

test('GAD-7: total, range and change after two submissions', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Check-ins');
  await startQuestionnaire(page, 'GAD-7');
  for (const [i, item] of GAD7.items.entries()) {
    await expect(questionnaireItem(page, i + 1)).toContainText(item);
  }
  await completeQuestionnaire(page, 'GAD-7', 'Several days');
  await expect(page.getByText('7 of 21')).toBeVisible();
  await expect(page.getByText('Mild range')).toBeVisible();
  await expect(page.getByText('This is your first one.')).toBeVisible();
  await expect(safetyNotice(page)).toBeHidden();
  await backToCheckins(page);

  await startQuestionnaire(page, 'GAD-7');
  await completeQuestionnaire(page, 'GAD-7', 'More than half the days');
  await expect(page.getByText('14 of 21')).toBeVisible();
  await expect(page.getByText('Moderate range')).toBeVisible();
  await expect(page.getByText('7 points higher than last time.')).toBeVisible();
  await backToCheckins(page);

  const history = page.getByRole('table', { name: 'GAD-7 history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('14 of 21');
  await expect(history.getByRole('row').nth(1)).toContainText('Moderate');
  await expect(history.getByRole('row').nth(1)).toContainText('+7');
  await expect(page.getByText(/GAD-7 in 14 days\./)).toBeVisible();

  await goTo(page, 'Home');
  await expect(page.getByText(/PHQ-9: not taken yet\. GAD-7 in 14 days\./)).toBeVisible();
});

test('a questionnaire from the keyboard alone', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await goTo(page, 'Check-ins');
  await tabTo(page, button(page, 'Start PHQ-9'), 80);
  await page.keyboard.press('Enter');
  await expect(heading(page, 'PHQ-9')).toBeFocused();
  await tabTo(page, button(page, 'Begin'));
  await page.keyboard.press('Enter');
  const first = questionnaireItem(page, 1).getByRole('radio', { name: 'Not at all' });
  await tabTo(page, first);
  for (let n = 1; n <= 9; n += 1) {
    if (n > 1) await page.keyboard.press('Tab');
    // Tab lands on a group's first answer; the arrow key moves to (and picks) the next.
    await expect(
      questionnaireItem(page, n).getByRole('radio', { name: 'Not at all' }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(
      questionnaireItem(page, n).getByRole('radio', { name: 'Several days' }),
    ).toBeChecked();
    if (n === 9) {
      await expect(safetyNotice(page)).toBeVisible();
    }
  }
  await tabTo(page, button(page, 'See my score'));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Your PHQ-9 result')).toBeFocused();
  await expect(page.getByText('9 of 27')).toBeVisible();
  await expect(page.getByText('Mild range')).toBeVisible();
  await expect(safetyNotice(page)).toBeVisible();
  await tabTo(page, button(page, 'Back to check-ins'));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Check-ins')).toBeFocused();
});
