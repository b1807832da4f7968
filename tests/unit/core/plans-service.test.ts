import { describe, expect, it } from 'vitest';
import type { ObstaclePlanInput } from '../../../shared/obstaclePlans';
import { planFigures } from '../../../shared/planFigures';
import { PASSPHRASE, snapshot } from '../../support/vaultFixtures';
import { perTestTable } from '../../support/handlerTable';

const now = new Date('2026-11-26T10:00:00Z');
const table = perTestTable(() => now);
const { call } = table;

const woop: ObstaclePlanInput = {
  goalId: null,
  wish: 'Sleep by 11',
  outcome: 'Waking up rested',
  obstacle: 'Scrolling in bed because I feel restless',
  obstacleKind: 'habit',
  plans: [
    { cue: 'I pick up my phone in bed', response: 'put it on the hall shelf' },
    { cue: 'I feel restless after 10pm', response: 'read two pages of a paper book' },
  ],
  order: 0,
  archived: false,
  thoughtRecordIds: [],
};

describe('obstacle plans through the handler table', () => {
  it('creates a WOOP with two plans, logs occurrences, keeps history when a plan is removed', async () => {
    const created = await call('plans:save', woop);
    const [phone, restless] = created.plans;
    expect(created.plans.map((p) => p.archived)).toEqual([false, false]);
    await call('plans:logOccurrence', {
      obstacleId: created.id,
      planId: phone?.id,
      date: '2026-11-20',
      used: 'yes',
      outcome: 4,
      note: '',
    });
    await call('plans:logOccurrence', {
      obstacleId: created.id,
      planId: phone?.id,
      date: '2026-11-22',
      used: 'partly',
      outcome: 3,
      note: '',
    });
    await call('plans:logOccurrence', {
      obstacleId: created.id,
      planId: restless?.id,
      date: '2026-11-23',
      used: 'no',
      outcome: 2,
      note: '',
    });
    // Editing with only the first plan archives the second instead of deleting its log.
    const edited = await call('plans:save', {
      ...woop,
      id: created.id,
      plans: [{ id: phone?.id, cue: phone?.cue ?? '', response: 'leave it in the hall' }],
    });
    expect(edited.plans.map((p) => [p.id, p.archived])).toEqual([
      [phone?.id, false],
      [restless?.id, true],
    ]);
    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const [plan] = await call('plans:list', {});
    expect(plan?.occurrences).toHaveLength(3);
    expect(planFigures(plan ?? { occurrences: [] }, phone?.id ?? '')).toMatchObject({
      timesCameUp: 2,
      followThrough: 75,
    });
  });

  it('rejects bad input and unknown plans, changing nothing', async () => {
    const created = await call('plans:save', woop);
    const before = await snapshot(table.dir);
    for (const input of [
      {
        obstacleId: created.id,
        planId: null,
        date: '2026-11-20',
        used: 'maybe',
        outcome: 3,
        note: '',
      },
      {
        obstacleId: created.id,
        planId: null,
        date: '2026-11-20',
        used: 'yes',
        outcome: 6,
        note: '',
      },
      {
        obstacleId: created.id,
        planId: null,
        date: '2026-11-31',
        used: 'yes',
        outcome: 3,
        note: '',
      },
    ]) {
      expect(await table.handlers['plans:logOccurrence'](input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(
      await table.handlers['plans:logOccurrence']({
        obstacleId: created.id,
        planId: 'nope',
        date: '2026-11-20',
        used: 'yes',
        outcome: 3,
        note: '',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await table.handlers['plans:save']({ ...woop, obstacle: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Name the obstacle/) },
    });
    expect(await snapshot(table.dir)).toEqual(before);
  });

  it('reorders obstacles', async () => {
    const a = await call('plans:save', { ...woop, obstacle: 'A' });
    const b = await call('plans:save', { ...woop, obstacle: 'B', order: 1 });
    const reordered = await call('plans:reorder', { ids: [b.id, a.id] });
    expect(reordered.map((p) => p.obstacle)).toEqual(['B', 'A']);
  });
});
