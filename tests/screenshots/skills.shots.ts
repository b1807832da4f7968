import { expect, test } from '@playwright/test';
import { logPractice, saveSkill } from '../../electron/core/skills/skillService';
import { addDays, localDay } from '../../shared/dates';
import type { SituationTag } from '../../shared/skills';
import { createJournal } from '../e2e/flows';
import { launchApp } from '../e2e/harness';
import { OUT, blurFocus } from './shots';

/** `npm run screenshots`: the Skills pictures for the README (the library, a skill's page). */

const today = localDay(new Date());
const day = (n: number) => addDays(today, n);

test('Skills screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1100, height: 900 });
  const app = await launchApp({ page });
  try {
    await createJournal(page);

    const now = new Date();
    const cold = await saveSkill(
      app.session,
      {
        name: 'Cold water on my face',
        howTo:
          'Splash cold water on my face, or hold a cold pack to my cheeks, for thirty seconds.',
        tags: ['calming'],
        whenItHelps: 'When panic starts to rise and I can’t think.',
      },
      now,
    );
    const breathing = 'builtin-paced-breathing';
    const log: [number, string, SituationTag | null, number | null, number | null, number][] = [
      [-20, breathing, 'anxious', 8, 5, 3],
      [-17, breathing, 'anxious', 7, 4, 4],
      [-15, 'builtin-short-walk', 'low', 6, 4, 4],
      [-12, breathing, 'restless', 6, 3, 4],
      [-9, cold.id, 'anxious', 9, 6, 4],
      [-6, breathing, 'anxious', 7, 3, 5],
      [-4, 'builtin-reach-out', 'lonely', 7, 3, 5],
      [-2, breathing, null, null, null, 4],
      [-1, breathing, 'everyday', 4, 2, 4],
    ];
    for (const [offset, skillId, situationTag, before, after, helpful] of log)
      await logPractice(
        app.session,
        {
          skillId,
          date: day(offset),
          situation: '',
          situationTag,
          before,
          after,
          helpful,
          note: '',
        },
        now,
      );

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Skills' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
    await expect(page.getByText('Practised 6 times')).toBeVisible();
    await blurFocus(page);
    await page.setViewportSize({ width: 1100, height: 1200 });
    await page.screenshot({ path: `${OUT}/skills-library.png`, animations: 'disabled' });
    await page.setViewportSize({ width: 1100, height: 900 });

    await page.getByRole('button', { name: 'Open Paced breathing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Paced breathing' })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'When it helps me' })
      .fill('Before phone calls, and when I can’t fall asleep.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByText('Your note is saved.')).toBeVisible();
    await blurFocus(page);
    await page.setViewportSize({ width: 1100, height: 1500 });
    await page.screenshot({ path: `${OUT}/skills-page.png`, animations: 'disabled' });
    await page.setViewportSize({ width: 1100, height: 900 });

    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.getByRole('button', { name: 'What helps me' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What helps me' })).toBeVisible();
    await blurFocus(page);
    await page.screenshot({ path: `${OUT}/skills-what-helps.png`, animations: 'disabled' });
  } finally {
    await app.close();
  }
});
