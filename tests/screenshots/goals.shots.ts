import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkIn, saveGoal, setStatus } from '../../electron/core/goals/goalService';
import { addDays, localDay } from '../../shared/dates';
import { emptyGoalInput, type GoalInput } from '../../shared/goals';
import { emptyThoughtRecordInput } from '../../shared/thoughtRecords';
import { launchApp, type LaunchedApp } from '../e2e/harness';

/** `npm run screenshots`: the Goals pictures for the README (overview, flow, goal page). */

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const PASSPHRASE = 'a quiet harbour at dawn';
const today = localDay(new Date());
const day = (n: number) => addDays(today, n);
const at = (n: number) => new Date(`${day(n)}T12:00:00`);

async function seed(app: LaunchedApp) {
  const goal = async (
    input: Partial<GoalInput>,
    createdDaysAgo: number,
    checkins: [number, number, string][],
  ) => {
    const saved = await saveGoal(
      app.session,
      { ...emptyGoalInput(), guidedStep: null, ...input },
      at(-createdDaysAgo),
    );
    for (const [daysAgo, value, note] of checkins)
      await checkIn(
        app.session,
        { goalId: saved.id, date: day(-daysAgo), value, note },
        at(-daysAgo),
      );
    return saved;
  };
  const measure = emptyGoalInput().measure;

  await goal(
    {
      title: 'Evening walks',
      specific: 'Walk for 20–30 minutes after work, around the park',
      measure: { ...measure, unit: 'minutes a day', baseline: 0, target: 30 },
      steps: 'Shoes by the door. Walk with Sam on Fridays.',
      confidence: 8,
      why: 'I sleep better and my head is quieter in the evening.',
      lifeArea: 'health',
      targetDate: day(35),
      milestones: [
        { id: 'm1', title: 'A full week of walks', doneOn: day(-18) },
        { id: 'm2', title: 'Twenty minutes without stopping', doneOn: null },
      ],
    },
    35,
    [
      [33, 6, 'Rain, short walk'],
      [26, 10, ''],
      [19, 14, 'Walked with Sam'],
      [12, 15, ''],
      [5, 20, 'Felt good afterwards'],
      [1, 22, ''],
    ],
  );
  await goal(
    {
      title: 'Phone out of the bedroom',
      specific: 'Charge the phone in the kitchen at night',
      measure: { ...measure, kind: 'habit', habitPeriod: 'week', baseline: 1, target: 6 },
      steps: 'Buy an alarm clock.',
      confidence: 6,
      targetDate: day(50),
    },
    22,
    [
      [20, 2, ''],
      [12, 3, 'Harder at weekends'],
    ],
  );
  const help = await goal(
    {
      title: 'Ask for help at work',
      specific: 'Ask a colleague when I am stuck for more than an hour',
      measure: { ...measure, unit: 'times a week', baseline: 0, target: 2 },
      confidence: 7,
      why: 'Staying stuck alone makes the evenings worse.',
      targetDate: day(10),
    },
    60,
    [
      [50, 0, ''],
      [30, 1, ''],
      [9, 2, 'Asked twice, both went fine'],
    ],
  );
  await setStatus(app.session, help.id, 'achieved', 'It feels normal now.', at(-8));
  const run = await goal(
    {
      title: 'Run a 10 km race',
      specific: 'Run three times a week',
      measure: { ...measure, unit: 'km', baseline: 2, target: 10 },
    },
    90,
    [[80, 3, '']],
  );
  await setStatus(
    app.session,
    run.id,
    'letGo',
    'My knee needs rest; walking suits me better for now.',
    at(-40),
  );
}

/**
 * What links to "Evening walks": an entry (with a check-in made from it), an obstacle plan
 * logged once, and a thought record. Through the bridge, as the app would make them.
 */
async function seedLinks(page: Page) {
  const thought = {
    ...emptyThoughtRecordInput(day(-4)),
    situation: 'Sat on the sofa after work, shoes by the door',
    thoughts: [{ id: 't1', text: 'A short walk is pointless', belief: 70, hot: true }],
  };
  await page.evaluate(
    async ({ dates, thought }) => {
      type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;
      const api = (window as unknown as { waypoint: Api }).waypoint;
      const call = async <T>(channel: string, input: unknown): Promise<T> => {
        const result = await api[channel]?.(input);
        if (!result?.ok) throw new Error(`${channel} failed`);
        return result.value as T;
      };
      const goals = await call<{ id: string; title: string }[]>('goals:list', {});
      const walks = goals.find((g) => g.title === 'Evening walks');
      if (!walks) throw new Error('no goal');
      const text = 'Rain all afternoon, but I went out anyway. Eighteen minutes, soaked and glad.';
      const entry = await call<{ id: string }>('journal:create', {
        date: dates.entry,
        title: 'A walk in the rain',
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        },
      });
      const plan = await call<{ id: string; plans: { id: string }[] }>('plans:save', {
        goalId: walks.id,
        wish: 'Evening walks',
        outcome: 'Sleeping better',
        obstacle: 'I feel too tired after work',
        obstacleKind: 'feeling',
        plans: [
          {
            cue: 'I get home and want to sit down',
            response: 'put my shoes on before I take my coat off',
          },
        ],
        order: 0,
        archived: false,
        thoughtRecordIds: [],
      });
      await call('journal:save', {
        id: entry.id,
        links: [
          { kind: 'goal', id: walks.id },
          { kind: 'plan', id: plan.id },
        ],
      });
      await call('goals:checkIn', {
        goalId: walks.id,
        date: dates.entry,
        value: 18,
        note: '',
        entryId: entry.id,
      });
      await call('plans:logOccurrence', {
        obstacleId: plan.id,
        planId: plan.plans[0]?.id ?? null,
        date: dates.entry,
        used: 'yes',
        outcome: 4,
        note: '',
        entryId: entry.id,
      });
      await call('thoughts:save', { ...thought, goalIds: [walks.id] });
    },
    { dates: { entry: day(-3) }, thought },
  );
}

async function shoot(page: Page, name: string, fullPage = false) {
  // The focus ring on the heading is for keyboard users; keep it out of the picture.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled', fullPage });
}

async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByRole('radio', { name: theme }).click();
  await expect(page.getByRole('radio', { name: theme })).toBeChecked();
}

test('Goals screenshots', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 820 });
  const app = await launchApp({ page });
  try {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create my journal' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
    await seed(app);
    await seedLinks(page);
    await page.getByRole('checkbox', { name: "I've stored it safely" }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await chooseTheme(page, 'Light');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('button', { name: 'Goals' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
    await page.getByRole('button', { name: 'Check in: Phone out of the bedroom' }).click();
    await shoot(page, 'goals-overview', true);

    // The guided flow, half-way through Measurable.
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByLabel('Goal name').fill('Time with friends');
    await page.getByLabel('What exactly will you do?').fill('Meet or call a friend');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Unit', { exact: true }).fill('times a week');
    await page.getByLabel('Where you are now').fill('0');
    await shoot(page, 'goals-flow');
    await page.getByRole('button', { name: 'Finish later' }).click();

    // One goal's page, light and dark, scrolled to the figures and chart.
    const openWalks = async () => {
      await nav.getByRole('button', { name: 'Goals' }).click();
      await page.getByRole('button', { name: 'Evening walks', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Evening walks' })).toBeVisible();
    };
    await openWalks();
    await shoot(page, 'goals-page');
    // What links to the goal: entries, obstacle plans (with "It came up"), thought records.
    await page.setViewportSize({ width: 1100, height: 1100 });
    await page.evaluate(() => {
      document.getElementById('goal-links')?.scrollIntoView({ block: 'start' });
    });
    await shoot(page, 'goals-links');
    await page.setViewportSize({ width: 1100, height: 820 });
    await page.evaluate(() => {
      document.getElementById('goal-figures')?.scrollIntoView({ block: 'start' });
    });
    await shoot(page, 'goals-chart');
    await chooseTheme(page, 'Dark');
    await openWalks();
    await page.evaluate(() => {
      document.getElementById('goal-figures')?.scrollIntoView({ block: 'start' });
    });
    await shoot(page, 'goals-chart-dark');
  } finally {
    await app.close();
  }
});
