import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { Handlers, OutputOf } from '../../../shared/contract';
import { emptyGoalInput } from '../../../shared/goals';
import { SUMMARY_SECTIONS, type SummaryOptions } from '../../../shared/summary';
import { nestHeadings } from '../../../shared/summaryHtml';
import { emptyThoughtRecordInput } from '../../../shared/thoughtRecords';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir } from '../../support/vaultFixtures';
import { callOk } from '../../support/handlerTable';

/** A small journal over November 2026, with a pinned clock. */
let cleanup: () => Promise<void>;
let session: Session;
let handlers: Handlers;
let clock = new Date('2026-11-26T09:00:00Z');
const SECRET = 'the unshared zebra phrase';
const SHARED = 'I managed the bus ride alone';
const ids: Record<string, string> = {};

function call<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return callOk(handlers, channel, input);
}

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await makeTempDir());
  session = new Session({ dataDir: dir, kdf: TEST_KDF, now: () => clock });
  handlers = createHandlers(session);
  await call('vault:create', { passphrase: PASSPHRASE });
  const secret = await call('journal:create', { date: '2026-11-20' });
  await call('journal:save', {
    id: secret.id,
    title: `Private ${SECRET}`,
    content: doc(`Today ${SECRET} happened.`),
  });
  const shared = await call('journal:create', { date: '2026-11-21' });
  await call('journal:save', {
    id: shared.id,
    title: 'Bus',
    content: doc(SHARED, 'Then coffee.'),
    shareWithTherapist: true,
  });
  ids.secret = secret.id;
  ids.shared = shared.id;
  for (const [date, mood] of [
    ['2026-11-16', 4],
    ['2026-11-17', 6],
    ['2026-11-24', 7],
    ['2026-11-24', 5],
    ['2026-10-01', 1],
  ] as const) {
    await call('checkins:save', { date, mood, emotions: ['tired'] });
  }
  await call('measures:save', {
    instrument: 'phq9',
    date: '2026-10-20',
    answers: [2, 2, 2, 2, 2, 2, 2, 1, 0],
    difficulty: null,
  });
  await call('measures:save', {
    instrument: 'phq9',
    date: '2026-11-18',
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    difficulty: null,
  });
  const goal = await call('goals:save', {
    ...emptyGoalInput(),
    title: 'Walk after work',
    measure: {
      kind: 'number',
      unit: 'walks a week',
      habitPeriod: 'week',
      baseline: 0,
      target: 4,
      direction: 'up',
    },
    targetDate: '2027-01-31',
  });
  await call('goals:checkIn', { goalId: goal.id, date: '2026-11-17', value: 1, note: '' });
  await call('goals:checkIn', { goalId: goal.id, date: '2026-11-24', value: 2, note: '' });
  // A link from the secret entry to the goal must not bring the entry's title along.
  await call('journal:save', { id: secret.id, links: [{ kind: 'goal', id: goal.id }] });
  const plan = await call('plans:save', {
    goalId: goal.id,
    wish: 'Walk after work',
    outcome: 'Calmer evenings',
    obstacle: 'Too tired after work',
    obstacleKind: 'feeling',
    plans: [
      { cue: 'I get home and want the sofa', response: 'put my shoes on before sitting down' },
    ],
    order: 0,
    archived: false,
    thoughtRecordIds: [],
  });
  await call('plans:logOccurrence', {
    obstacleId: plan.id,
    planId: plan.plans[0]?.id,
    date: '2026-11-18',
    used: 'yes',
    outcome: 4,
    note: '',
  });
  await call('plans:logOccurrence', {
    obstacleId: plan.id,
    planId: plan.plans[0]?.id,
    date: '2026-11-19',
    used: 'no',
    outcome: 2,
    note: '',
  });
  const record = await call('thoughts:save', {
    ...emptyThoughtRecordInput('2026-11-22'),
    situation: 'Email from my manager',
    emotions: [{ id: 'e1', name: 'Anxious', before: 80, after: 40 }],
    thoughts: [{ id: 't1', text: 'They must be angry with me', belief: 90, hot: true }],
    traps: ['mind-reading'],
    hotBeliefAfter: 30,
    balancedThought: 'It was a normal request',
    status: 'complete',
  });
  ids.record = record.id;
  const s = await call('sessions:save', {
    date: '2026-11-12',
    therapist: '',
    notes: '',
    takeaways: '',
    homework: [
      { text: 'Walk twice', due: '2026-11-19', doneOn: null },
      { text: 'One thought record', due: null, doneOn: null },
    ],
  });
  await call('sessions:setHomeworkDone', {
    sessionId: s.id,
    homeworkId: s.homework[1]?.id,
    done: true,
  });
  await call('agenda:add', { text: 'Talk about the bus ride', source: 'home', sourceId: null });
});
afterEach(() => {
  clock = new Date('2026-11-26T09:00:00Z');
});

const allOn = Object.fromEntries(
  SUMMARY_SECTIONS.map((s) => [s, true]),
) as SummaryOptions['sections'];

describe('summary defaults', () => {
  it('runs since the last session, with shared entries pre-selected', async () => {
    const defaults = await call('summary:defaults', {});
    expect(defaults).toEqual({
      from: '2026-11-12',
      to: '2026-11-26',
      lastSession: '2026-11-12',
      entries: [{ entryId: ids.shared, mode: 'full' }],
    });
  });
});

describe('the summary model, checked by hand', () => {
  it('computes each section for the period', async () => {
    const { model } = await call('summary:build', {
      from: '2026-11-12',
      to: '2026-11-26',
      sections: allOn,
      entries: [{ entryId: ids.shared, mode: 'full' }],
      thoughtRecordIds: [ids.record],
    });
    expect(model.mood).toMatchObject({
      count: 4,
      average: 5.5,
      lowest: 4,
      highest: 7,
      topEmotions: [{ word: 'tired', count: 4 }],
    });
    expect(model.mood?.points).toEqual([
      { date: '2026-11-16', mood: 4 },
      { date: '2026-11-17', mood: 6 },
      { date: '2026-11-24', mood: 6 },
    ]);
    expect(model.mood?.weekly).toEqual([
      { weekOf: '2026-11-16', average: 5, count: 2 },
      { weekOf: '2026-11-23', average: 6, count: 2 },
    ]);
    expect(model.measures?.instruments).toEqual([
      {
        name: 'PHQ-9',
        results: [{ date: '2026-11-18', total: 9, max: 27, band: 'Mild', change: -6 }],
      },
    ]);
    expect(model.measures?.item9).toEqual([
      { date: '2026-11-18', answer: 1, label: 'Several days' },
    ]);
    expect(model.goals?.[0]).toMatchObject({
      title: 'Walk after work',
      baseline: 0,
      latest: 2,
      target: 4,
      percent: 50,
      checkins: [
        { date: '2026-11-17', value: 1 },
        { date: '2026-11-24', value: 2 },
      ],
    });
    expect(model.goals?.[0]?.paceNow).toBeCloseTo(1);
    expect(model.plans).toEqual([
      {
        obstacle: 'Too tired after work',
        cameUp: 2,
        plans: [
          {
            sentence:
              'If I get home and want the sofa, then I will put my shoes on before sitting down.',
            cameUp: 2,
            followThrough: 50,
          },
        ],
      },
    ]);
    expect(model.thoughts).toMatchObject({
      count: 1,
      topTraps: [{ name: 'Mind reading', count: 1 }],
      averageEmotionChange: -40,
      averageBeliefChange: -60,
    });
    expect(model.thoughts?.picked[0]).toMatchObject({
      hotThought: 'They must be angry with me',
      traps: ['Mind reading'],
    });
    expect(model.excerpts).toEqual([
      { date: '2026-11-21', title: 'Bus', text: `${SHARED}\nThen coffee.`, partial: false },
    ]);
    expect(model.agenda).toEqual(['Talk about the bus ride']);
    expect(model.homework).toEqual([
      { text: 'Walk twice', due: '2026-11-19', done: false, fromSession: '2026-11-12' },
      { text: 'One thought record', due: null, done: true, fromSession: '2026-11-12' },
    ]);
    expect(model.suggestTellInPerson).toBe(false);
    expect(model.footer).toBe(
      'Self-report prepared by the client with Waypoint — not a clinical assessment.',
    );
  });

  it('leaves out sections that are off, and suggests raising item 9 in person when measures are off', async () => {
    const { model, markdown } = await call('summary:build', {
      from: '2026-11-12',
      to: '2026-11-26',
      sections: { ...allOn, measures: false, thoughts: false },
      entries: [],
      thoughtRecordIds: [],
    });
    expect(model.sections).not.toContain('measures');
    expect(model.measures).toBeNull();
    expect(model.thoughts).toBeNull();
    expect(model.suggestTellInPerson).toBe(true);
    expect(markdown).not.toMatch(/PHQ-9|question 9|Thought records/);
  });

  it('an excerpt must be text from the picked entry', async () => {
    const { model } = await call('summary:build', {
      from: '2026-11-12',
      to: '2026-11-26',
      sections: allOn,
      entries: [
        { entryId: ids.shared, mode: 'excerpt', excerpt: 'the bus ride' },
        { entryId: ids.secret, mode: 'excerpt', excerpt: 'words that are not in it' },
      ],
      thoughtRecordIds: [],
    });
    expect(model.excerpts).toEqual([
      { date: '2026-11-21', title: 'Bus', text: 'the bus ride', partial: true },
    ]);
  });
});

describe('private by default', () => {
  it('an unpicked entry never appears in HTML or Markdown, not even its title via a goal link', async () => {
    const result = await call('summary:build', {
      from: '2026-11-01',
      to: '2026-11-30',
      sections: allOn,
      entries: [{ entryId: ids.shared, mode: 'full' }],
      thoughtRecordIds: [ids.record],
    });
    for (const output of [result.html, result.markdown, JSON.stringify(result.model)]) {
      expect(output).not.toContain('zebra');
      expect(output).not.toContain('Private');
    }
    expect(result.markdown).toContain(SHARED);
    const picked = await call('summary:build', {
      from: '2026-11-01',
      to: '2026-11-30',
      sections: allOn,
      entries: [{ entryId: ids.secret, mode: 'full' }],
      thoughtRecordIds: [],
    });
    expect(picked.markdown).toContain(SECRET);
  });
});

describe('renderings', () => {
  it('Markdown has the expected structure and the footer', async () => {
    const { markdown } = await call('summary:build', {
      from: '2026-11-12',
      to: '2026-11-26',
      sections: allOn,
      entries: [{ entryId: ids.shared, mode: 'full' }],
      thoughtRecordIds: [ids.record],
    });
    const headings = markdown.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings).toEqual([
      '# Summary for my therapy session',
      '## Mood and check-ins',
      '## Questionnaires',
      '### PHQ-9',
      '## Goals',
      '### Walk after work (active)',
      '## Obstacle plans',
      '### Too tired after work',
      '## Thought records',
      '### Record from 2026-11-22',
      '## From my journal',
      '### 2026-11-21 — Bus',
      '## What I would like to talk about',
      '## Skills practised',
      '## Homework',
    ]);
    expect(markdown).toContain('| 2026-11-18 | 9 of 27 | Mild | -6 |');
    expect(markdown).toContain(
      '**PHQ-9 question 9** (thoughts of being better off dead or of self-harm) on 2026-11-18: answered "Several days" (1).',
    );
    expect(markdown).not.toMatch(/988|116 123|crisis/i);
    expect(markdown).toContain('- [x] One thought record');
    expect(
      markdown
        .trimEnd()
        .endsWith(
          '_Self-report prepared by the client with Waypoint — not a clinical assessment._',
        ),
    ).toBe(true);
  });

  it('HTML escapes user text and carries vector charts with text alternatives, no script or inline style', async () => {
    await call('agenda:add', {
      text: '<script>alert(1)</script> & "quotes"',
      source: 'home',
      sourceId: null,
    });
    const { html } = await call('summary:build', {
      from: '2026-11-12',
      to: '2026-11-26',
      sections: allOn,
      entries: [],
      thoughtRecordIds: [],
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script|style=|javascript:|https?:\/\//);
    expect(html.match(/<svg class="chart"/g)?.length).toBe(2);
    expect(html).toMatch(/<title id="[^"]+">Mood over the period<\/title>/);
    expect(html).toContain('PHQ-9 question 9');
    const nested = nestHeadings(html, 2);
    expect(nested.match(/<h1[\s>]/g)).toBeNull();
    expect(nested).toContain('<h3>Summary for my therapy session</h3>');
    expect(nested).toContain('&lt;script&gt;');
  });
});

afterAll(async () => {
  await session.lock();
  await cleanup();
});
