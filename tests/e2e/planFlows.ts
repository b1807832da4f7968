import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { button, editor, goTo, heading } from './flows';

/** Page objects for the Plans section: small user-level steps, each ending on an assertion. */

export interface WoopInput {
  goal?: string;
  outcome?: string;
  obstacle: string;
  kind?: 'A feeling' | 'A belief' | 'A habit' | 'Something else';
  plans: { cue: string; response: string }[];
}

export const sentence = (cue: string, response: string): string =>
  `If ${cue}, then I will ${response}.`;

/** Plans → "Plan for an obstacle" → the WOOP form. */
export async function startWoop(page: Page): Promise<void> {
  await goTo(page, 'Plans');
  await button(page, 'Plan for an obstacle').click();
  await expect(heading(page, 'Plan for an obstacle')).toBeVisible();
}

export const planGroup = (page: Page, n: number): Locator =>
  page.getByRole('group', { name: `If-then plan ${n}`, exact: true });

/** Fills the open WOOP form and saves; ends back on the Plans page. */
export async function fillAndSaveWoop(page: Page, woop: WoopInput): Promise<void> {
  if (woop.goal !== undefined) {
    await page.getByLabel('Goal (optional)').selectOption({ label: woop.goal });
    await expect(page.getByLabel('What do you wish for?')).toHaveValue(woop.goal);
  }
  if (woop.outcome !== undefined)
    await page.getByLabel('What would be the best result?').fill(woop.outcome);
  await page.getByLabel('What inside you tends to get in the way?').fill(woop.obstacle);
  if (woop.kind !== undefined)
    await page.getByLabel('It is mostly').selectOption({ label: woop.kind });
  for (const [i, plan] of woop.plans.entries()) {
    if (i > 0) await button(page, 'Add another plan').click();
    const group = planGroup(page, i + 1);
    await group.getByLabel('If …', { exact: true }).fill(plan.cue);
    await group.getByLabel('then I will …', { exact: true }).fill(plan.response);
    await expect(group.locator('.plan-preview__sentence')).toHaveText(
      sentence(plan.cue, plan.response),
    );
  }
  await button(page, 'Save plan').click();
  await expect(heading(page, 'Plans')).toBeVisible();
  await expect(obstacleCard(page, woop.obstacle)).toBeVisible();
}

export const obstacleCard = (page: Page, obstacle: string): Locator =>
  page.getByRole('article', { name: obstacle, exact: true });

export const logDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'It came up' });

export interface LogInput {
  used: 'Yes' | 'Partly' | 'No';
  outcome: 1 | 2 | 3 | 4 | 5;
  note?: string;
  date?: string;
}

const OUTCOME_LABELS = ['1 — badly', '2', '3 — so-so', '4', '5 — very well'] as const;

/** Fills the open "It came up" dialog and saves; ends with the dialog closed. */
export async function fillLog(page: Page, log: LogInput): Promise<void> {
  const dialog = logDialog(page);
  await expect(dialog).toBeVisible();
  if (log.date !== undefined) await dialog.getByLabel('When').fill(log.date);
  await dialog.getByRole('radio', { name: log.used, exact: true }).check();
  await dialog
    .getByRole('group', { name: 'How did it go?' })
    .getByRole('radio', { name: OUTCOME_LABELS[log.outcome - 1], exact: true })
    .check();
  if (log.note !== undefined) await dialog.getByLabel('Note (optional)').fill(log.note);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A plan's "It came up" button (on its card or on Home), by the plan's sentence. */
export const cameUpButton = (scope: Page | Locator, planSentence: string): Locator =>
  scope.getByRole('button', { name: `It came up: ${planSentence}`, exact: true });

/** The figures shown for one plan. */
export const figures = (page: Page, planSentence: string): Locator =>
  page.getByRole('group', { name: `How this plan has gone: ${planSentence}`, exact: true });

/** The h3 titles of the obstacle cards, in the order shown. */
export async function obstacleOrder(page: Page): Promise<string[]> {
  return page.locator('.obstacle-card__title').allInnerTexts();
}

/** Selects the last line of the open entry's text (for the selection actions). */
export async function selectLastLine(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Shift+Home');
}
