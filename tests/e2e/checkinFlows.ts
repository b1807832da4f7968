import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { button, heading } from './flows';

/** Page objects for Check-ins: small user-level steps, each ending on an assertion. */

type Bridge = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

/** Calls one channel through the real bridge (for seeding data the UI can't date back). */
export async function bridge<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, payload]) => {
      const api = (window as unknown as { waypoint: Bridge }).waypoint;
      const fn = api[name];
      if (!fn) throw new Error(`no ${name} on the bridge`);
      const result = await fn(payload);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result)}`);
      return result.value as T;
    },
    [channel, input] as const,
  );
}

/** A local calendar day, `days` from today (negative = earlier). */
export function localDayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const homeCheckinCard = (page: Page): Locator =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: "Today's check-in", exact: true }) });

export const checkinForm = (page: Page): Locator =>
  page.getByRole('form').filter({ has: page.getByRole('button', { name: 'Save check-in' }) });

export const moodRadio = (scope: Locator, mood: number, label: string): Locator =>
  scope
    .getByRole('group', { name: 'Mood, from 1 (very low) to 10 (great)' })
    .getByRole('radio', { name: `${mood} ${label}`, exact: true });

export const safetyNotice = (page: Page): Locator =>
  page.getByRole('region', { name: 'Please reach out now' });

/** The numbers the item-9 notice must carry (stored locally with "Need help now?"). */
export async function expectCrisisNumbers(notice: Locator): Promise<void> {
  await expect(notice).toContainText('988');
  await expect(notice).toContainText('116 123');
  await expect(notice).toContainText('112');
  await expect(notice).toContainText(/therapist/);
}

export const questionnaireItem = (page: Page, n: number): Locator =>
  page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

export async function answer(page: Page, n: number, option: string): Promise<void> {
  const radio = questionnaireItem(page, n).getByRole('radio', { name: option, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** From the Check-ins overview: Start → (PHQ-9: the notice about summaries, Begin). */
export async function startQuestionnaire(page: Page, name: 'PHQ-9' | 'GAD-7'): Promise<void> {
  await button(page, `Start ${name}`).click();
  await expect(heading(page, name)).toBeVisible();
  if (name === 'PHQ-9') {
    await expect(page.getByText(/the summary shows your answer to question 9/)).toBeVisible();
    await button(page, 'Begin').click();
  }
  await expect(questionnaireItem(page, 1)).toBeVisible();
}

/** Answers every item with the same option and submits; lands on the result. */
export async function completeQuestionnaire(
  page: Page,
  name: 'PHQ-9' | 'GAD-7',
  option: string,
): Promise<void> {
  const count = name === 'PHQ-9' ? 9 : 7;
  for (let n = 1; n <= count; n += 1) await answer(page, n, option);
  await button(page, 'See my score').click();
  await expect(heading(page, `Your ${name} result`)).toBeVisible();
}

export async function backToCheckins(page: Page): Promise<void> {
  await button(page, 'Back to check-ins').click();
  await expect(heading(page, 'Check-ins')).toBeVisible();
}

export async function addTracker(
  page: Page,
  name: string,
  scale: '0 to 10' | 'Yes or no',
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add tracker' });
  await form.getByLabel('Tracker name').fill(name);
  await form.getByRole('radio', { name: scale }).check();
  await form.getByRole('button', { name: 'Add tracker' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Tracker “${name}” added.` }),
  ).toBeVisible();
}
