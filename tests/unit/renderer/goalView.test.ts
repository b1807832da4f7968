import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/goals';
import {
  formatValue,
  groupGoals,
  paceUnit,
  statusSince,
} from '../../../renderer/src/features/goals/goalView';

const today = '2026-11-26';

function goal(patch: Partial<Goal> & { id: string }): Goal {
  return {
    title: patch.id,
    specific: '',
    measure: {
      kind: 'number',
      unit: 'minutes',
      habitPeriod: 'week',
      baseline: 0,
      target: 30,
      direction: 'up',
    },
    steps: '',
    confidence: null,
    why: '',
    lifeArea: '',
    targetDate: null,
    rhythm: 'weekly',
    milestones: [],
    status: 'active',
    statusHistory: [{ status: 'active', on: '2026-11-01', note: '' }],
    checkins: [],
    guidedStep: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...patch,
  };
}

describe('goals overview', () => {
  it('groups by status, due check-ins first, newest outcome first', () => {
    const checkedIn = goal({
      id: 'a-fresh',
      checkins: [{ id: 'c1', date: '2026-11-25', value: 5, note: '', entryId: null }],
    });
    const due = goal({ id: 'z-due' });
    const achievedOld = goal({
      id: 'old',
      status: 'achieved',
      statusHistory: [{ status: 'achieved', on: '2026-10-01', note: '' }],
    });
    const achievedNew = goal({
      id: 'new',
      status: 'achieved',
      statusHistory: [{ status: 'achieved', on: '2026-11-20', note: '' }],
    });
    const letGo = goal({ id: 'released', status: 'letGo' });
    const paused = goal({ id: 'resting', status: 'paused' });
    const groups = groupGoals([checkedIn, achievedOld, due, letGo, achievedNew, paused], today);
    expect(groups.active.map((g) => g.id)).toEqual(['z-due', 'a-fresh']);
    expect(groups.achieved.map((g) => g.id)).toEqual(['new', 'old']);
    expect(groups.letGo.map((g) => g.id)).toEqual(['released']);
    expect(groups.paused.map((g) => g.id)).toEqual(['resting']);
  });

  it('knows when the current status began', () => {
    expect(statusSince(goal({ id: 'g' }))).toBe('2026-11-01');
    expect(statusSince(goal({ id: 'g', statusHistory: [] }))).toBe('2026-11-01');
  });

  it('words values in the goal’s own terms', () => {
    const g = goal({ id: 'g' });
    expect(formatValue(g.measure, 20)).toBe('20 minutes');
    expect(formatValue(g.measure, null)).toBe('—');
    expect(formatValue({ ...g.measure, kind: 'rating' }, 6.5)).toBe('6.5/10');
    expect(formatValue({ ...g.measure, kind: 'habit', habitPeriod: 'week' }, 3)).toBe('3 per week');
    expect(formatValue({ ...g.measure, unit: '' }, 1 / 3)).toBe('0.33');
    expect(paceUnit({ ...g.measure, kind: 'rating' })).toBe('points');
    expect(paceUnit(g.measure)).toBe('minutes');
  });
});
