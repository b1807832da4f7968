import { checkinDue } from '../../../../shared/goalProgress';
import type { Goal, GoalMeasure } from '../../../../shared/goals';
import { num } from './strings';

/** How the overview and Home order and word goals. Pure, so it is unit-tested. */

export interface GoalGroups {
  active: Goal[];
  achieved: Goal[];
  paused: Goal[];
  letGo: Goal[];
}

/** The day the goal's current status began (its last history line). */
export function statusSince(goal: Pick<Goal, 'statusHistory' | 'createdAt'>): string {
  return goal.statusHistory[goal.statusHistory.length - 1]?.on ?? goal.createdAt.slice(0, 10);
}

/** Active goals with a check-in due first, then by name; the rest newest status first. */
export function groupGoals(goals: Goal[], today: string): GoalGroups {
  const byName = (a: Goal, b: Goal) => a.title.localeCompare(b.title);
  const newestStatus = (a: Goal, b: Goal) =>
    statusSince(b).localeCompare(statusSince(a)) || byName(a, b);
  const active = goals
    .filter((g) => g.status === 'active')
    .sort((a, b) => Number(checkinDue(b, today)) - Number(checkinDue(a, today)) || byName(a, b));
  return {
    active,
    achieved: goals.filter((g) => g.status === 'achieved').sort(newestStatus),
    paused: goals.filter((g) => g.status === 'paused').sort(newestStatus),
    letGo: goals.filter((g) => g.status === 'letGo').sort(newestStatus),
  };
}

/** A value in the goal's own terms: "20 minutes", "3 per week", "6/10". */
export function formatValue(measure: GoalMeasure, value: number | null): string {
  if (value === null) return '—';
  switch (measure.kind) {
    case 'rating':
      return `${num(value)}/10`;
    case 'habit':
      return `${num(value)} per ${measure.habitPeriod}`;
    case 'number':
      return measure.unit.trim() === '' ? num(value) : `${num(value)} ${measure.unit.trim()}`;
  }
}

/** The unit to put after a pace figure ("minutes", "per week" habits count times). */
export function paceUnit(measure: GoalMeasure): string {
  switch (measure.kind) {
    case 'rating':
      return 'points';
    case 'habit':
      return measure.habitPeriod === 'day' ? 'days' : 'times';
    case 'number':
      return measure.unit.trim();
  }
}
