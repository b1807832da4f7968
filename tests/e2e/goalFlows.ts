import type { Locator, Page } from '@playwright/test';
import { emptyGoalInput, type GoalInput } from '../../shared/goals';
import { saveGoal } from '../../electron/core/goals/goalService';
import { localDay, addDays } from '../../shared/dates';
import { expect } from './fixtures';
import type { LaunchedApp } from './harness';
import { button, goTo, heading } from './flows';

/** Page objects for the Goals section: small user-level steps, each ending on an assertion. */

export const today = (): string => localDay(new Date());
export const daysFromToday = (n: number): string => addDays(today(), n);

/** The live SMART check's score ("3 of 5 look ready"), as a number. */
export async function smartScore(page: Page): Promise<number> {
  const text = await page.locator('.smart-panel__score').innerText();
  const m = /(\d) of 5/.exec(text);
  if (!m) throw new Error(`no SMART score in "${text}"`);
  return Number(m[1]);
}

export async function expectScore(page: Page, score: number): Promise<void> {
  await expect(page.locator('.smart-panel__score')).toHaveText(`${score} of 5 look ready`);
}

export const stepHeading = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('heading', { level: 2, name });

/** Goals → New goal → the first step of the guided flow. */
export async function startNewGoal(page: Page): Promise<void> {
  await goTo(page, 'Goals');
  await button(page, 'New goal').click();
  await expect(heading(page, 'A new goal')).toBeVisible();
  await expect(stepHeading(page, 'Specific: what will you do?')).toBeVisible();
}

export async function next(page: Page, expectedStep: string | RegExp): Promise<void> {
  await button(page, 'Next').click();
  await expect(stepHeading(page, expectedStep)).toBeVisible();
}

/** Goes through all six steps with a complete goal; ends on the new goal's page. */
export async function createGoalThroughFlow(
  page: Page,
  goal: { title: string; unit: string; baseline: string; target: string },
): Promise<void> {
  await startNewGoal(page);
  await page.getByLabel('Goal name').fill(goal.title);
  await page.getByLabel('What exactly will you do?').fill('Walk 20 minutes after work');
  await next(page, /Measurable/);
  await page.getByLabel('Unit', { exact: true }).fill(goal.unit);
  await page.getByLabel('Where you are now').fill(goal.baseline);
  await page.getByLabel('Where you would like to be').fill(goal.target);
  await next(page, /Achievable/);
  await page.getByLabel('Steps and resources').fill('Shoes by the door');
  await page.getByLabel('How confident are you? (0–10)').fill('8');
  await next(page, /Relevant/);
  await page.getByLabel('Why it matters to you').fill('I sleep better and feel calmer.');
  await next(page, /Time-bound/);
  await page.getByLabel('Target date').fill(daysFromToday(60));
  await next(page, 'Ready when you are');
  await button(page, 'Finish').click();
  await expect(heading(page, goal.title)).toBeVisible();
}

/** A goal saved straight through main, as if made `daysAgo` days ago (so a check-in is due). */
export async function seedGoal(
  app: LaunchedApp,
  patch: Partial<GoalInput>,
  daysAgo: number,
): Promise<void> {
  const input: GoalInput = {
    ...emptyGoalInput(),
    guidedStep: null,
    ...patch,
  };
  await saveGoal(app.session, input, new Date(Date.now() - daysAgo * 86_400_000));
}

/** The check-in form for one goal (overview, Home or the goal page). */
export const checkinForm = (page: Page, title: string): Locator =>
  page.getByRole('form', { name: `Check in on ${title}` });

export async function checkIn(
  form: Locator,
  entry: { value: string; note?: string; date?: string },
): Promise<void> {
  await form.getByLabel(/^Value|^Rating|^Times|^Did it/).fill(entry.value);
  if (entry.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(entry.date);
  if (entry.note !== undefined) await form.getByLabel('Note (optional)').fill(entry.note);
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await expect(form.getByRole('status')).toHaveText(/Check-in saved/);
}

/** Goals → the goal's page (by its title). */
export async function openGoal(page: Page, title: string): Promise<void> {
  await goTo(page, 'Goals');
  await page
    .getByRole('heading', { level: 3 })
    .getByRole('button', { name: title, exact: true })
    .click();
  await expect(heading(page, title)).toBeVisible();
}

/** The goal page's "Linked" section: entries, obstacle plans, thought records, and starts. */
export const goalLinks = (page: Page): Locator => page.getByRole('region', { name: 'Linked' });
