import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import { emptyGoalInput, type GoalInput } from '../../../shared/goals';
import { percentOfWay } from '../../../shared/goalProgress';
import { PASSPHRASE, snapshot } from '../../support/vaultFixtures';
import { perTestTable } from '../../support/handlerTable';

const now = new Date('2026-11-26T10:00:00Z');
const table = perTestTable(() => now);
const { call } = table;

const walk: GoalInput = {
  ...emptyGoalInput(),
  title: 'Walk after work',
  specific: 'Walk 20 minutes after work',
  measure: {
    kind: 'habit',
    unit: 'walks',
    habitPeriod: 'week',
    baseline: 1,
    target: 5,
    direction: 'up',
  },
  confidence: 6,
  targetDate: '2027-02-01',
  guidedStep: 3,
};

describe('goals through the handler table', () => {
  it('creates, edits, checks in, changes status with history, and survives a lock', async () => {
    const created = await call('goals:save', walk);
    expect(created).toMatchObject({
      status: 'active',
      statusHistory: [{ status: 'active', on: '2026-11-26' }],
      checkins: [],
    });
    const edited = await call('goals:save', {
      ...walk,
      id: created.id,
      confidence: 8,
      guidedStep: null,
    });
    expect(edited.confidence).toBe(8);
    await call('goals:checkIn', {
      goalId: created.id,
      date: '2026-11-20',
      value: 2,
      note: 'two walks',
    });
    const checked = await call('goals:checkIn', {
      goalId: created.id,
      date: '2026-11-26',
      value: 3,
      note: '',
    });
    expect(percentOfWay(checked)).toBe(50);
    await call('goals:setStatus', {
      goalId: created.id,
      status: 'letGo',
      note: 'Other things matter more now',
    });
    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const [goal] = await call('goals:list', {});
    expect(goal?.checkins.map((c) => c.value)).toEqual([2, 3]);
    expect(goal?.statusHistory.map((h) => h.status)).toEqual(['active', 'letGo']);
    expect(goal?.statusHistory[1]?.note).toBe('Other things matter more now');
    const removed = await call('goals:deleteCheckIn', {
      goalId: created.id,
      checkinId: goal?.checkins[0]?.id,
    });
    expect(removed.checkins).toHaveLength(1);
  });

  it('rejects bad input beside the field and changes nothing', async () => {
    const goal = await call('goals:save', walk);
    const before = await snapshot(table.dir);
    const cases: [Channel, unknown, RegExp][] = [
      [
        'goals:save',
        { ...walk, measure: { ...walk.measure, baseline: 3, target: 3 } },
        /same as the starting point/,
      ],
      [
        'goals:save',
        { ...walk, measure: { ...walk.measure, kind: 'rating', baseline: 2, target: 12 } },
        /0 to 10/,
      ],
      ['goals:save', { ...walk, targetDate: '2027-02-30' }, /does not exist/],
      ['goals:save', { ...walk, title: '' }, /short name/],
      [
        'goals:checkIn',
        { goalId: goal.id, date: '2026-11-26', value: 'three', note: '' },
        /number/i,
      ],
      [
        'goals:checkIn',
        { goalId: goal.id, date: '2026-11-26', value: Number.NaN, note: '' },
        /number/i,
      ],
    ];
    for (const [channel, input, message] of cases) {
      const result = await (table.handlers[channel] as (i: unknown) => Promise<unknown>)(input);
      expect(result, JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(message) },
      });
    }
    expect(await snapshot(table.dir)).toEqual(before);
    expect(
      await table.handlers['goals:checkIn']({
        goalId: 'missing',
        date: '2026-11-26',
        value: 1,
        note: '',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
