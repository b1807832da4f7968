import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { button, goTo } from './flows';

/** Page objects for thought records: small user-level steps with web-first assertions. */

export const STEP_TITLES = [
  'Situation',
  'Emotions',
  'Automatic thoughts',
  'Thinking traps',
  'Evidence for',
  'Evidence against',
  'Balanced thought',
  'Re-rate',
  'Action and outcome',
] as const;

export const stepHeading = (page: Page, title: string): Locator =>
  page.getByRole('heading', { level: 2, name: title, exact: true });

export const flowStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /Draft saved|Saved|Saving…|Couldn't save/ });

export const hotSummary = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'The thought you are looking at' });

export async function openThoughtRecords(page: Page): Promise<void> {
  await goTo(page, 'Thought records');
}

export async function startNewRecord(page: Page): Promise<void> {
  await button(page, 'New thought record').click();
  await expect(stepHeading(page, 'Situation')).toBeFocused();
}

export async function next(page: Page, title: string): Promise<void> {
  await button(page, 'Next').click();
  await expect(stepHeading(page, title)).toBeFocused();
}

export async function expectDraftSaved(page: Page): Promise<void> {
  await expect(flowStatus(page)).toHaveText(/Draft saved|Saved/);
}

/** A 0–100 rating: type into its number field (the slider follows). */
export async function rate(page: Page, label: string, value: number): Promise<void> {
  const number = page.getByRole('spinbutton', { name: `${label}, as a number from 0 to 100` });
  await number.fill(String(value));
  await expect(page.getByRole('slider', { name: label, exact: true })).toHaveValue(
    String(Math.min(100, Math.max(0, value))),
  );
}

export interface RecordPlan {
  /** YYYY-MM-DD; today when left out. */
  date?: string;
  situation: string;
  emotions: [string, number, number][];
  thought: string;
  belief: number;
  otherThought?: string;
  customTrap?: { name: string; description: string };
  traps: string[];
  evidenceFor: string;
  evidenceAgainst: string;
  balanced: string;
  balancedBelief: number;
  beliefAfter: number;
  tags?: string;
}

/** The whole flow with the mouse and the fill helper, from step 1 to "Finish record". */
export async function writeRecord(page: Page, plan: RecordPlan): Promise<void> {
  await startNewRecord(page);
  if (plan.date) await page.getByLabel('Date', { exact: true }).fill(plan.date);
  await page.getByLabel('What happened', { exact: true }).fill(plan.situation);
  await next(page, 'Emotions');
  for (const [name, before] of plan.emotions) {
    const chip = page.getByRole('button', { name, exact: true });
    if (await chip.isVisible()) await chip.click();
    else {
      await page.getByLabel('Or type another emotion').fill(name);
      await button(page, 'Add').click();
    }
    await rate(page, `${name} — intensity`, before);
  }
  await next(page, 'Automatic thoughts');
  await button(page, 'Add a thought').click();
  await page.getByLabel('Thought 1', { exact: true }).fill(plan.thought);
  await rate(page, 'Thought 1 — how much I believe it (%)', plan.belief);
  if (plan.otherThought) {
    await button(page, 'Add a thought').click();
    await page.getByLabel('Thought 2', { exact: true }).fill(plan.otherThought);
  }
  await expect(
    page.getByRole('radio', { name: /This is the hot thought \(Thought 1\)/ }),
  ).toBeChecked();
  await next(page, 'Thinking traps');
  await expect(hotSummary(page)).toContainText(plan.thought);
  if (plan.customTrap) {
    await page.getByLabel('Name', { exact: true }).fill(plan.customTrap.name);
    await page.getByLabel('What it does (one line)').fill(plan.customTrap.description);
    await button(page, 'Add trap').click();
    await expect(
      page.getByRole('checkbox', { name: new RegExp(plan.customTrap.name) }),
    ).toBeChecked();
  }
  for (const trap of plan.traps)
    await page.getByRole('checkbox', { name: trap, exact: true }).check();
  await next(page, 'Evidence for');
  await expect(hotSummary(page)).toContainText(plan.thought);
  await page.getByLabel('Evidence for the hot thought').fill(plan.evidenceFor);
  await next(page, 'Evidence against');
  await page.getByLabel('Evidence against the hot thought').fill(plan.evidenceAgainst);
  await next(page, 'Balanced thought');
  await page.getByLabel('A more balanced thought', { exact: true }).fill(plan.balanced);
  await rate(page, 'How much I believe the balanced thought (%)', plan.balancedBelief);
  await next(page, 'Re-rate');
  await expect(hotSummary(page)).toContainText(plan.thought);
  for (const [name, , after] of plan.emotions) await rate(page, `${name} — intensity now`, after);
  await rate(page, 'How much I believe the hot thought now (%)', plan.beliefAfter);
  await next(page, 'Action and outcome');
  if (plan.tags) await page.getByLabel('Tags (optional, separated by commas)').fill(plan.tags);
  await button(page, 'Finish record').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Thought record — / })).toBeVisible();
}

export const SAMPLE: RecordPlan = {
  situation: 'Friday 5 pm, my manager asked for a quick word on Monday morning.',
  emotions: [
    ['Anxious', 80, 40],
    ['Dread', 60, 30],
  ],
  thought: 'I am about to be told I am not good enough.',
  belief: 85,
  otherThought: 'Everyone noticed my mistake last week.',
  customTrap: {
    name: 'Weekend spiral',
    description: 'Letting a Friday worry grow all weekend.',
  },
  traps: ['Fortune telling', 'Mind reading'],
  evidenceFor: 'I missed a deadline two weeks ago.',
  evidenceAgainst: 'She said "nothing to worry about" and smiled. My last review was good.',
  balanced: 'It is probably about planning the new project; one late task does not define my work.',
  balancedBelief: 70,
  beliefAfter: 30,
  tags: 'work, Monday',
};
