import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { OutputOf } from '../../../shared/contract';
import { emptyGoalInput, type GoalInput } from '../../../shared/goals';
import type { ObstaclePlanInput } from '../../../shared/obstaclePlans';
import { emptyThoughtRecordInput } from '../../../shared/thoughtRecords';
import { linkTitleSource } from '../../../electron/core/journal/linkTitles';
import { PASSPHRASE, doc } from '../../support/vaultFixtures';
import { callOk, openTestTable } from '../../support/handlerTable';

let table: Awaited<ReturnType<typeof openTestTable>>;
const now = new Date('2026-11-26T10:00:00Z');

beforeEach(async () => {
  table = await openTestTable(() => now);
});
afterEach(() => table.close());

function call<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return callOk(table.handlers, channel, input);
}

const swim: GoalInput = {
  ...emptyGoalInput(),
  title: 'Swim on Saturdays',
  specific: 'Swim 30 minutes every Saturday',
  measure: {
    kind: 'habit',
    unit: 'swims',
    habitPeriod: 'week',
    baseline: 0,
    target: 1,
    direction: 'up',
  },
  confidence: 7,
  targetDate: '2027-03-01',
};

const woop: ObstaclePlanInput = {
  goalId: null,
  wish: 'Sleep by 11',
  outcome: 'Waking up rested',
  obstacle: 'Doomscrolling in bed',
  obstacleKind: 'habit',
  plans: [{ cue: 'I pick up my phone in bed', response: 'put it on the hall shelf' }],
  order: 0,
  archived: false,
  thoughtRecordIds: [],
};

const ids = async (q: string) => (await call('search:query', { q })).map((h) => h.entryId);

async function entryLinkingTo(links: { kind: string; id: string }[], text = 'An ordinary day.') {
  const entry = await call('journal:create', { date: '2026-11-25', content: doc(text) });
  return call('journal:save', { id: entry.id, links });
}

describe('search by the titles of linked goals, thought records and plans', () => {
  it('finds an entry by what it links to, and says that is where the match was', async () => {
    const goal = await call('goals:save', swim);
    const thought = await call('thoughts:save', {
      ...emptyThoughtRecordInput('2026-11-25'),
      situation: 'Team meeting',
      thoughts: [{ id: 't1', text: 'Everyone thinks I am boring', belief: 70, hot: true }],
    });
    const plan = await call('plans:save', woop);
    const linked = await entryLinkingTo([
      { kind: 'goal', id: goal.id },
      { kind: 'thought', id: thought.id },
      { kind: 'plan', id: plan.id },
    ]);
    await entryLinkingTo([]);

    expect(await ids('saturdays')).toEqual([linked.id]);
    expect(await ids('BORING')).toEqual([linked.id]);
    expect(await ids('doomscroll')).toEqual([linked.id]);
    const [hit] = await call('search:query', { q: 'swim' });
    expect(hit).toMatchObject({ field: 'links', entryId: linked.id });
    expect(hit?.snippet).toContain('Swim on Saturdays');
    expect(hit?.highlights.length).toBeGreaterThan(0);
    // Words from the entry and from what it links to combine.
    expect(await ids('ordinary swim')).toEqual([linked.id]);
  });

  it('follows a rename of the linked goal, thought record or plan without touching the entry', async () => {
    const goal = await call('goals:save', swim);
    const plan = await call('plans:save', woop);
    const entry = await entryLinkingTo([
      { kind: 'goal', id: goal.id },
      { kind: 'plan', id: plan.id },
    ]);
    expect(await ids('swim')).toEqual([entry.id]);

    await call('goals:save', { ...swim, id: goal.id, title: 'Cycle to the lake' });
    await call('plans:save', { ...woop, id: plan.id, obstacle: 'Snoozing the alarm' });
    expect(await ids('swim')).toEqual([]);
    expect(await ids('doomscrolling')).toEqual([]);
    expect(await ids('lake')).toEqual([entry.id]);
    expect(await ids('snoozing')).toEqual([entry.id]);
    expect((await call('journal:get', { id: entry.id })).version).toBe(entry.version);
  });

  it('forgets a deleted goal and a removed link, and keeps working after a lock', async () => {
    const goal = await call('goals:save', swim);
    const other = await call('goals:save', { ...swim, title: 'Paint on Sundays' });
    const entry = await entryLinkingTo([
      { kind: 'goal', id: goal.id },
      { kind: 'goal', id: other.id },
    ]);
    await call('goals:delete', { id: goal.id });
    expect(await ids('swim')).toEqual([]);
    expect(await ids('paint')).toEqual([entry.id]);

    await call('journal:save', { id: entry.id, links: [] });
    expect(await ids('paint')).toEqual([]);

    await call('journal:save', { id: entry.id, links: [{ kind: 'goal', id: other.id }] });
    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    expect(await ids('paint')).toEqual([entry.id]);
    // Entries in the trash stay out of results whatever they link to.
    await call('journal:delete', { id: entry.id });
    expect(await ids('paint')).toEqual([]);
  });
});

describe('search by the names of linked skills', () => {
  const ownSkill = {
    name: 'Cold water on my face',
    howTo: 'Splash, breathe.',
    tags: [],
    whenItHelps: '',
  };

  it("finds an entry by a starter skill or one of the user's own, and follows a rename", async () => {
    const own = await call('skills:save', ownSkill);
    const starter = await entryLinkingTo([{ kind: 'skill', id: 'builtin-paced-breathing' }]);
    const linked = await entryLinkingTo([{ kind: 'skill', id: own.id }]);
    await entryLinkingTo([]);

    expect(await ids('paced breathing')).toEqual([starter.id]);
    const [hit] = await call('search:query', { q: 'cold water' });
    expect(hit).toMatchObject({ field: 'links', entryId: linked.id });
    expect(hit?.snippet).toContain('Cold water on my face');

    await call('skills:save', { ...ownSkill, id: own.id, name: 'Ice cube in my hand' });
    expect(await ids('cold water')).toEqual([]);
    expect(await ids('ice cube')).toEqual([linked.id]);
    expect((await call('journal:get', { id: linked.id })).version).toBe(linked.version);

    // Hiding a starter skill keeps the link's name searchable.
    await call('skills:setHidden', { id: 'builtin-paced-breathing', hidden: true });
    expect(await ids('paced breathing')).toEqual([starter.id]);
  });

  it('hands back the same titles until a goal, thought record, plan or skill changes', async () => {
    const titles = linkTitleSource(table.session.requireVault());
    const first = titles();
    expect(first.get('skill:builtin-short-walk')).toBe('A short walk');
    expect(titles()).toBe(first);
    await entryLinkingTo([]);
    expect(titles()).toBe(first);

    const own = await call('skills:save', ownSkill);
    const second = titles();
    expect(second).not.toBe(first);
    expect(second.get(`skill:${own.id}`)).toBe('Cold water on my face');
    expect(titles()).toBe(second);
  });
});
