import { describe, expect, it } from 'vitest';
import {
  checkinDue,
  daysSinceLastCheckin,
  paceNeededPerWeek,
  paceNowPerWeek,
  percentOfWay,
  projectedDate,
  trend,
} from '../../../shared/goalProgress';
import { addDays, daysBetween } from '../../../shared/dates';
import type { Goal } from '../../../shared/goals';

function goal(
  measure: Partial<Goal['measure']>,
  values: [string, number][],
  extra: Partial<Goal> = {},
): Goal {
  return {
    id: 'g1',
    title: 'g',
    specific: '',
    measure: {
      kind: 'number',
      unit: 'x',
      habitPeriod: 'week',
      baseline: 0,
      target: 10,
      direction: 'up',
      ...measure,
    },
    steps: '',
    confidence: 8,
    why: '',
    lifeArea: '',
    targetDate: '2026-12-31',
    rhythm: 'weekly',
    milestones: [],
    status: 'active',
    statusHistory: [],
    checkins: values.map(([date, value], i) => ({
      id: `c${i}`,
      date,
      value,
      note: '',
      entryId: null,
    })),
    guidedStep: null,
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ...extra,
  };
}

const TODAY = '2026-11-26';

describe('percent of the way', () => {
  it('works for increasing goals, decreasing goals, habits and ratings', () => {
    expect(percentOfWay(goal({ baseline: 0, target: 10 }, [['2026-11-01', 4]]))).toBe(40);
    expect(
      percentOfWay(goal({ baseline: 5, target: 1, direction: 'down' }, [['2026-11-01', 2]])),
    ).toBe(75);
    expect(percentOfWay(goal({ kind: 'habit', baseline: 1, target: 5 }, [['2026-11-01', 3]]))).toBe(
      50,
    );
    expect(
      percentOfWay(goal({ kind: 'rating', baseline: 3, target: 8 }, [['2026-11-01', 8]])),
    ).toBe(100);
  });

  it('is clamped, uses the latest check-in by date, and is null without numbers', () => {
    expect(percentOfWay(goal({}, [['2026-11-01', 15]]))).toBe(100);
    expect(percentOfWay(goal({}, [['2026-11-01', -3]]))).toBe(0);
    expect(
      percentOfWay(
        goal({}, [
          ['2026-11-20', 8],
          ['2026-11-01', 2],
        ]),
      ),
    ).toBe(80);
    expect(percentOfWay(goal({}, []))).toBe(0);
    expect(percentOfWay(goal({ target: null }, [['2026-11-01', 3]]))).toBeNull();
  });
});

describe('pace', () => {
  it('needed per week: the remaining distance over the remaining weeks', () => {
    // 35 days left, 5 to go → 1 per week.
    expect(
      paceNeededPerWeek(goal({}, [['2026-11-20', 5]], { targetDate: addDays(TODAY, 35) }), TODAY),
    ).toBeCloseTo(1);
    expect(
      paceNeededPerWeek(
        goal({ baseline: 5, target: 1, direction: 'down' }, [['2026-11-20', 3]], {
          targetDate: addDays(TODAY, 14),
        }),
        TODAY,
      ),
    ).toBeCloseTo(-1);
    expect(paceNeededPerWeek(goal({}, [], { targetDate: '2026-11-01' }), TODAY)).toBeNull();
    expect(paceNeededPerWeek(goal({}, [], { targetDate: null }), TODAY)).toBeNull();
  });

  it('now: the slope of recent check-ins per week; null with fewer than two', () => {
    expect(
      paceNowPerWeek(
        goal({}, [
          ['2026-11-01', 1],
          ['2026-11-08', 2],
          ['2026-11-15', 3],
        ]),
      ),
    ).toBeCloseTo(1);
    expect(paceNowPerWeek(goal({}, [['2026-11-01', 1]]))).toBeNull();
    expect(paceNowPerWeek(goal({}, []))).toBeNull();
    expect(
      paceNowPerWeek(
        goal({}, [
          ['2026-11-01', 1],
          ['2026-11-01', 3],
        ]),
      ),
    ).toBeNull();
  });

  it('trend follows the goal direction', () => {
    const rising: [string, number][] = [
      ['2026-11-01', 1],
      ['2026-11-08', 2],
      ['2026-11-15', 4],
    ];
    expect(trend(goal({}, rising))).toBe('improving');
    expect(trend(goal({ baseline: 10, target: 0, direction: 'down' }, rising))).toBe('worsening');
    expect(
      trend(
        goal({}, [
          ['2026-11-01', 3],
          ['2026-11-08', 3],
        ]),
      ),
    ).toBe('steady');
    expect(trend(goal({}, [['2026-11-01', 3]]))).toBeNull();
  });

  it('projects the date the target is reached at the current pace', () => {
    const g = goal({ baseline: 0, target: 10 }, [
      ['2026-11-12', 2],
      ['2026-11-19', 3],
      ['2026-11-26', 4],
    ]);
    // 6 to go at 1 a week → 42 days.
    expect(projectedDate(g, TODAY)).toBe(addDays(TODAY, 42));
    expect(
      projectedDate(
        goal({}, [
          ['2026-11-19', 5],
          ['2026-11-26', 4],
        ]),
        TODAY,
      ),
    ).toBeNull();
    expect(
      projectedDate(
        goal({ baseline: 5, target: 1, direction: 'down' }, [
          ['2026-11-19', 4],
          ['2026-11-26', 3],
        ]),
        TODAY,
      ),
    ).toBe(addDays(TODAY, 14));
  });
});

describe('check-ins due', () => {
  it('counts days since the last check-in and says when the rhythm is missed', () => {
    const g = goal({}, [['2026-11-19', 2]]);
    expect(daysSinceLastCheckin(g, TODAY)).toBe(7);
    expect(checkinDue(g, TODAY)).toBe(true);
    expect(checkinDue(g, '2026-11-25')).toBe(false);
    expect(checkinDue({ ...g, rhythm: 'fortnightly' }, TODAY)).toBe(false);
    expect(checkinDue({ ...g, status: 'paused' }, TODAY)).toBe(false);
    // No check-ins yet: counted from the day the goal was made.
    expect(daysSinceLastCheckin(goal({}, []), TODAY)).toBeNull();
    expect(checkinDue(goal({}, []), TODAY)).toBe(true);
    expect(checkinDue(goal({}, [], { createdAt: '2026-11-24T23:30:00Z' }), TODAY)).toBe(false);
  });

  it('day arithmetic is exact across leap days and daylight-saving changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // EU clocks change on the 29th
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysSinceLastCheckin(goal({}, [['2024-02-28', 1]]), '2024-03-07')).toBe(8);
  });
});
