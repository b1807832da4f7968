import { expect, test } from '@playwright/test';
import { saveGoal } from '../../electron/core/goals/goalService';
import { logOccurrence, savePlan } from '../../electron/core/plans/planService';
import { addDays, localDay } from '../../shared/dates';
import { emptyGoalInput } from '../../shared/goals';
import type { Used } from '../../shared/obstaclePlans';
import { createJournal } from '../e2e/flows';
import { launchApp } from '../e2e/harness';
import { OUT, blurFocus } from './shots';

/** `npm run screenshots`: the Plans pictures for the README (WOOP form, a card with its log). */

const today = localDay(new Date());
const day = (n: number) => addDays(today, n);

test('Plans screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1100, height: 900 });
  const app = await launchApp({ page });
  try {
    await createJournal(page);

    const now = new Date();
    const goal = await saveGoal(
      app.session,
      { ...emptyGoalInput(), guidedStep: null, title: 'Evening walks' },
      now,
    );
    const tired = await savePlan(
      app.session,
      {
        goalId: goal.id,
        wish: 'Evening walks',
        outcome: 'Sleeping better, and the quiet pride of keeping a promise to myself.',
        obstacle: 'I feel too tired after work',
        obstacleKind: 'feeling',
        plans: [
          {
            cue: 'I get home and want to sit down',
            response: 'put my shoes on before I take my coat off',
          },
          { cue: 'it is raining at 6 pm', response: 'walk the stairs at home for ten minutes' },
        ],
        order: 0,
        archived: false,
        thoughtRecordIds: [],
      },
      now,
    );
    const [shoes, rain] = tired.plans;
    const log: [number, string | undefined, Used, number, string][] = [
      [-20, shoes?.id, 'no', 2, 'Sat down "for a minute". It was an hour.'],
      [-16, shoes?.id, 'partly', 3, 'Shoes on, then hesitated. Went round the block.'],
      [-12, shoes?.id, 'yes', 4, ''],
      [-9, rain?.id, 'yes', 3, 'Stairs felt silly but I did them.'],
      [-6, shoes?.id, 'yes', 5, 'Best walk in weeks.'],
      [-2, shoes?.id, 'yes', 4, ''],
    ];
    for (const [offset, planId, used, outcome, note] of log)
      await logOccurrence(
        app.session,
        { obstacleId: tired.id, planId: planId ?? null, date: day(offset), used, outcome, note },
        now,
      );
    await savePlan(
      app.session,
      {
        goalId: goal.id,
        wish: 'Evening walks',
        outcome: '',
        obstacle: 'I tell myself a short walk won’t make any difference',
        obstacleKind: 'belief',
        plans: [
          {
            cue: 'I think “what’s the point” at the door',
            response: 'remember how I slept after the last walk',
          },
        ],
        order: 1,
        archived: false,
        thoughtRecordIds: [],
      },
      now,
    );

    // An entry that links the obstacle, with the last time logged from it.
    await page.evaluate(
      async ({ obstacleId, planId, date }) => {
        type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
        const api = (window as unknown as { waypoint: Api }).waypoint;
        const call = async (channel: string, input: unknown) => {
          const result = await api[channel]?.(input);
          if (!result?.ok) throw new Error(`${channel} failed`);
          return result.value as { id: string };
        };
        const text = 'Shoes on before the coat again. It works better than arguing with myself.';
        const entry = await call('journal:create', {
          date,
          title: 'Shoes first',
          content: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          },
        });
        await call('journal:save', { id: entry.id, links: [{ kind: 'plan', id: obstacleId }] });
        await call('plans:logOccurrence', {
          obstacleId,
          planId,
          date,
          used: 'yes',
          outcome: 5,
          note: '',
          entryId: entry.id,
        });
      },
      { obstacleId: tired.id, planId: shoes?.id ?? null, date: day(-1) },
    );

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Plans' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    const card = page.getByRole('article', { name: 'I feel too tired after work' });
    await card.getByText('Log (7 times)').click();
    await expect(card.getByText('Best walk in weeks.')).toBeVisible();
    await blurFocus(page);
    // Tall enough for the whole page: the shell scrolls its main area, not the document.
    await page.setViewportSize({ width: 1100, height: 1820 });
    await page.getByRole('heading', { level: 1, name: 'Plans' }).evaluate((h) => {
      // Back to the top of whichever box scrolls (opening the log scrolled it).
      for (let el: Element | null = h; el; el = el.parentElement) el.scrollTop = 0;
    });
    await page.screenshot({ path: `${OUT}/plans-card.png`, animations: 'disabled' });
    await page.setViewportSize({ width: 1100, height: 900 });

    // The "It came up" dialog, filled in.
    await card.getByRole('button', { name: /^It came up: If I get home/ }).click();
    const dialog = page.getByRole('dialog', { name: 'It came up' });
    await dialog.getByRole('radio', { name: 'Partly', exact: true }).check();
    await dialog.getByRole('radio', { name: '4', exact: true }).check();
    await dialog.getByLabel('Note (optional)').fill('Walked to the corner and back.');
    await blurFocus(page);
    await page.screenshot({ path: `${OUT}/plans-log.png`, animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The WOOP form for a new obstacle, with a gentle nudge on a vague half.
    await page.getByRole('button', { name: 'Plan for an obstacle' }).click();
    await page.getByLabel('Goal (optional)').selectOption({ label: 'Evening walks' });
    await page
      .getByLabel('What would be the best result?')
      .fill('Evenings that feel like mine again, and a clearer head at work.');
    await page
      .getByLabel('What inside you tends to get in the way?')
      .fill('I scroll my phone on the sofa and the evening disappears');
    await page.getByLabel('It is mostly').selectOption({ label: 'A habit' });
    const plan1 = page.getByRole('group', { name: 'If-then plan 1' });
    await plan1.getByLabel('If …', { exact: true }).fill('I pick up my phone after dinner');
    await plan1
      .getByLabel('then I will …', { exact: true })
      .fill('put it on the shelf by the door and get my shoes');
    await page.getByRole('button', { name: 'Add another plan' }).click();
    const plan2 = page.getByRole('group', { name: 'If-then plan 2' });
    await plan2.getByLabel('If …', { exact: true }).fill('I notice an hour has gone by');
    await plan2.getByLabel('then I will …', { exact: true }).fill('try harder');
    await expect(plan2.getByText(/Try naming an action|What exactly will you do/)).toBeVisible();
    await blurFocus(page);
    await page.setViewportSize({ width: 1100, height: 1840 });
    await page.getByRole('heading', { level: 1, name: 'Plan for an obstacle' }).evaluate((h) => {
      // Back to the top of whichever box scrolls (the shell's main area).
      for (let el: Element | null = h; el; el = el.parentElement) el.scrollTop = 0;
    });
    await page.screenshot({ path: `${OUT}/plans-woop.png`, animations: 'disabled' });
  } finally {
    await app.close();
  }
});
