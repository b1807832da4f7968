import { describe, expect, it } from 'vitest';
import type { ObstaclePlan } from '../../../shared/obstaclePlans';
import {
  groupObstacles,
  inputFromObstacle,
  moveObstacle,
  rehearsalPlans,
  type GoalRef,
} from '../../../renderer/src/features/plans/planView';
import {
  draftFromObstacle,
  draftToInput,
  emptyWoopDraft,
} from '../../../renderer/src/features/plans/woopDraft';

const plan = (id: string, archived = false) => ({
  id,
  cue: `cue ${id} after dinner`,
  response: `walk round the block ${id}`,
  archived,
  createdAt: `2026-01-0${id.length}T00:00:00.000Z`,
});

function obstacle(id: string, patch: Partial<ObstaclePlan> = {}): ObstaclePlan {
  return {
    id,
    goalId: null,
    wish: '',
    outcome: '',
    obstacle: `obstacle ${id}`,
    obstacleKind: 'feeling',
    plans: [],
    occurrences: [],
    order: 0,
    archived: false,
    thoughtRecordIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

const goals: GoalRef[] = [
  { id: 'g1', title: 'Evening walks', status: 'active' },
  { id: 'g2', title: 'Sleep', status: 'paused' },
];

describe('Plans page view', () => {
  it('groups obstacles by goal in the goals’ order, then those not tied to a goal', () => {
    const list = [
      obstacle('a', { order: 2 }),
      obstacle('b', { goalId: 'g2', order: 1 }),
      obstacle('c', { goalId: 'g1', order: 3 }),
      obstacle('d', { goalId: 'g1', order: 0 }),
      obstacle('e', { goalId: 'g1', order: 4, archived: true }),
    ];
    const groups = groupObstacles(list, goals, false);
    expect(groups.map((g) => [g.goalTitle, g.obstacles.map((o) => o.id)])).toEqual([
      ['Evening walks', ['d', 'c']],
      ['Sleep', ['b']],
      [null, ['a']],
    ]);
    expect(groupObstacles(list, goals, true)[0]?.obstacles.map((o) => o.id)).toEqual([
      'd',
      'c',
      'e',
    ]);
  });

  it('moves an obstacle past its neighbour in the group, keeping everyone else in place', () => {
    const list = [
      obstacle('a', { goalId: 'g1', order: 0 }),
      obstacle('x', { order: 1 }),
      obstacle('b', { goalId: 'g1', order: 2 }),
    ];
    const group = groupObstacles(list, goals, false)[0]?.obstacles ?? [];
    expect(moveObstacle(list, group, 'b', 'up')).toEqual(['b', 'x', 'a']);
    expect(moveObstacle(list, group, 'a', 'down')).toEqual(['b', 'x', 'a']);
    expect(moveObstacle(list, group, 'a', 'up')).toBeNull();
    expect(moveObstacle(list, group, 'b', 'down')).toBeNull();
  });

  it('rehearses the live plans of live obstacles for active goals only', () => {
    const list = [
      obstacle('a', { goalId: 'g1', plans: [plan('p1'), plan('p2', true)] }),
      obstacle('b', { goalId: 'g2', plans: [plan('p3')] }),
      obstacle('c', { goalId: null, plans: [plan('p4')] }),
      obstacle('d', { goalId: 'g1', archived: true, plans: [plan('p5')] }),
    ];
    const rehearse = rehearsalPlans(list, goals);
    expect(rehearse.map((r) => r.plan.id)).toEqual(['p1']);
    expect(rehearse[0]?.sentence).toBe(
      'If cue p1 after dinner, then I will walk round the block p1.',
    );
  });

  it('archives an obstacle without changing any of its plans', () => {
    const o = obstacle('a', { plans: [plan('p1'), plan('p2', true)], thoughtRecordIds: ['t1'] });
    const input = inputFromObstacle(o, { archived: true });
    expect(input.archived).toBe(true);
    expect(input.plans).toEqual([
      { id: 'p1', cue: o.plans[0]?.cue, response: o.plans[0]?.response, archived: false },
      { id: 'p2', cue: o.plans[1]?.cue, response: o.plans[1]?.response, archived: true },
    ]);
    expect(input.thoughtRecordIds).toEqual(['t1']);
  });
});

describe('WOOP draft', () => {
  it('drops empty plan rows, trims, and puts a new obstacle last', () => {
    const draft = {
      ...emptyWoopDraft('g1', 'Evening walks'),
      obstacle: '  I feel too tired  ',
      plans: [
        { key: 'k1', cue: ' I get home tired ', response: ' put my shoes on ' },
        { key: 'k2', cue: '', response: '  ' },
      ],
    };
    expect(draftToInput(draft, undefined, 7)).toEqual({
      goalId: 'g1',
      wish: 'Evening walks',
      outcome: '',
      obstacle: 'I feel too tired',
      obstacleKind: 'feeling',
      plans: [{ cue: 'I get home tired', response: 'put my shoes on' }],
      order: 7,
      archived: false,
      thoughtRecordIds: [],
    });
  });

  it('edits only live plans; a removed one is left out (main archives it)', () => {
    const o = obstacle('a', {
      order: 3,
      thoughtRecordIds: ['t1'],
      plans: [plan('p1'), plan('p2'), plan('p3', true)],
    });
    const draft = draftFromObstacle(o);
    expect(draft.plans.map((p) => p.id)).toEqual(['p1', 'p2']);
    const input = draftToInput({ ...draft, plans: draft.plans.slice(1) }, o, 99);
    expect(input.id).toBe('a');
    expect(input.order).toBe(3);
    expect(input.thoughtRecordIds).toEqual(['t1']);
    expect(input.plans.map((p) => p.id)).toEqual(['p2']);
  });
});
