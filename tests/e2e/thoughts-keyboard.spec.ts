import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createJournal, navButton, tabTo } from './flows';
import { stepHeading } from './thoughtFlows';

/** Tab to a control, then press a key on it (keyboard only: no clicks, no fill). */
async function press(page: Page, role: 'button' | 'checkbox', name: string, key = 'Enter') {
  const target = page.getByRole(role, { name, exact: true });
  await tabTo(page, target, 120);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }), 120);
  await page.keyboard.type(text);
}

/** Select the number field's content and type a new rating. */
async function rateByKeyboard(page: Page, label: string, value: number) {
  const number = page.getByRole('spinbutton', { name: `${label}, as a number from 0 to 100` });
  await tabTo(page, number, 120);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(value));
  await expect(page.getByRole('slider', { name: label, exact: true })).toHaveValue(String(value));
}

async function nextStep(page: Page, title: string) {
  await press(page, 'button', 'Next');
  await expect(stepHeading(page, title)).toBeFocused();
}

test('the whole thought record flow works with the keyboard alone', async ({ app }) => {
  const { page } = app;
  await createJournal(page);
  await tabTo(page, navButton(page, 'Thought records'), 60);
  await page.keyboard.press('Enter');
  await press(page, 'button', 'New thought record');
  await expect(stepHeading(page, 'Situation')).toBeFocused();

  await typeInto(page, 'What happened', 'A friend cancelled our plans by text.');
  await nextStep(page, 'Emotions');
  await press(page, 'button', 'Sad');
  // The new emotion's slider has focus: arrow keys move it.
  await expect(page.getByRole('slider', { name: 'Sad — intensity' })).toBeFocused();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: 'Sad — intensity' })).toHaveValue('61');
  await typeInto(page, 'Or type another emotion', 'Rejected');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Rejected — intensity' })).toBeFocused();
  await rateByKeyboard(page, 'Rejected — intensity', 75);

  await nextStep(page, 'Automatic thoughts');
  await press(page, 'button', 'Add a thought');
  await expect(page.getByLabel('Thought 1', { exact: true })).toBeFocused();
  await page.keyboard.type('They would rather be with other people.');
  await rateByKeyboard(page, 'Thought 1 — how much I believe it (%)', 80);

  await nextStep(page, 'Thinking traps');
  await press(page, 'checkbox', 'Mind reading', 'Space');
  await expect(page.getByRole('checkbox', { name: 'Mind reading' })).toBeChecked();
  await typeInto(page, 'Name', 'Rejection radar');
  await press(page, 'button', 'Add trap');
  await expect(page.getByRole('checkbox', { name: /Rejection radar/ })).toBeChecked();

  await nextStep(page, 'Evidence for');
  await typeInto(page, 'Evidence for the hot thought', 'It is the second time this month.');
  await nextStep(page, 'Evidence against');
  await typeInto(page, 'Evidence against the hot thought', 'She said her child is ill.');
  await nextStep(page, 'Balanced thought');
  await typeInto(page, 'A more balanced thought', 'Her week is hard; it is not about me.');
  await rateByKeyboard(page, 'How much I believe the balanced thought (%)', 65);
  await nextStep(page, 'Re-rate');
  await rateByKeyboard(page, 'Sad — intensity now', 35);
  await rateByKeyboard(page, 'Rejected — intensity now', 30);
  await rateByKeyboard(page, 'How much I believe the hot thought now (%)', 25);
  await nextStep(page, 'Action and outcome');
  await typeInto(page, 'A step I could take (optional)', 'Offer another date.');
  await press(page, 'button', 'Finish record');

  const view = page.getByRole('article');
  await expect(view).toContainText('Belief 80 → 25 (−55)');
  await expect(view).toContainText('Rejection radar');
  await press(page, 'button', 'Back to thought records');
  await expect(
    page.getByRole('listitem').getByRole('button', { name: /rather be with other people/ }),
  ).toContainText('Complete');
});
