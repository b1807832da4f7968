import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { button, heading } from './flows';

/** Page objects for the Skills section: small user-level steps, each ending on an assertion. */

export const practiceDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Log a practice' });

export const skillCard = (page: Page, name: string): Locator =>
  page.locator('.skill-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

export interface PracticeInput {
  /** Only when the dialog asks which skill (not from a skill's page or homework). */
  skill?: string;
  before?: number;
  after?: number;
  helpful: 1 | 2 | 3 | 4 | 5;
  kind?: string;
  situation?: string;
  note?: string;
}

const HELPFUL = ['1 Not at all', '2 A little', '3 Somewhat', '4 Quite', '5 Very'];

/** Fills the open practice dialog and saves it; ends with the dialog closed. */
export async function fillPractice(page: Page, input: PracticeInput): Promise<void> {
  const dialog = practiceDialog(page);
  await expect(dialog).toBeVisible();
  if (input.skill !== undefined)
    await dialog.getByLabel('Skill', { exact: true }).selectOption({ label: input.skill });
  if (input.kind !== undefined)
    await dialog.getByLabel('What kind of moment was it? (optional)').selectOption({
      label: input.kind,
    });
  if (input.situation !== undefined)
    await dialog.getByLabel('What was happening? (optional)').fill(input.situation);
  if (input.before !== undefined)
    await dialog
      .getByLabel('Intensity before, 0 to 10 (optional)')
      .selectOption(String(input.before));
  if (input.after !== undefined)
    await dialog
      .getByLabel('Intensity after, 0 to 10 (optional)')
      .selectOption(String(input.after));
  await dialog.getByRole('radio', { name: HELPFUL[input.helpful - 1], exact: true }).check();
  if (input.note !== undefined) await dialog.getByLabel('Note (optional)').fill(input.note);
  await dialog.getByRole('button', { name: 'Save practice' }).click();
  await expect(dialog).toBeHidden();
}

/** Skills → "Add your own skill" → fill → save; ends on the library with the new card. */
export async function addCustomSkill(
  page: Page,
  skill: { name: string; howTo: string; tags: string[]; when?: string },
): Promise<void> {
  await button(page, 'Add your own skill').click();
  const dialog = page.getByRole('dialog', { name: 'Add your own skill' });
  await dialog.getByLabel('Name', { exact: true }).fill(skill.name);
  await dialog.getByLabel('How to do it').fill(skill.howTo);
  for (const tag of skill.tags) await dialog.getByRole('checkbox', { name: tag }).check();
  if (skill.when !== undefined)
    await dialog.getByLabel('When it helps me (optional)').fill(skill.when);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page, 'Skills')).toBeVisible();
  await expect(skillCard(page, skill.name)).toBeVisible();
}

/** From the library: opens a skill's page. */
export async function openSkill(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  await expect(heading(page, name)).toBeVisible();
}

/** A figure on a skill's page, by its label. */
export const figure = (page: Page, label: string): Locator =>
  page.locator('.skill-figures > div').filter({ hasText: label }).locator('dd');
