import { addDays, dayNumber, daysBetween } from './dates';
import { RHYTHM_DAYS, type Goal, type GoalCheckin } from './goals';

/**
 * Derived progress figures for a goal. All work the same for goals that go up, goals that
 * go down, yes/no habits (the value is a count per day or week) and 0–10 ratings, because
 * each is expressed relative to the baseline → target line.
 */

export function sortedCheckins(goal: Pick<Goal, 'checkins'>): GoalCheckin[] {
  return [...goal.checkins].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}

export function latestValue(goal: Pick<Goal, 'checkins' | 'measure'>): number | null {
  const list = sortedCheckins(goal);
  return list[list.length - 1]?.value ?? goal.measure.baseline;
}

/** 0–100: how far from baseline to target the latest check-in is (clamped). */
export function percentOfWay(goal: Pick<Goal, 'checkins' | 'measure'>): number | null {
  const { baseline, target } = goal.measure;
  const latest = latestValue(goal);
  if (baseline === null || target === null || latest === null || baseline === target) return null;
  const fraction = (latest - baseline) / (target - baseline);
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

/** Units per week the goal must still move to reach the target by its date; null if done or undated. */
export function paceNeededPerWeek(
  goal: Pick<Goal, 'checkins' | 'measure' | 'targetDate'>,
  today: string,
): number | null {
  const { target } = goal.measure;
  const latest = latestValue(goal);
  if (target === null || latest === null || goal.targetDate === null) return null;
  const days = daysBetween(today, goal.targetDate);
  if (days <= 0) return null;
  return ((target - latest) / days) * 7;
}

/** Least-squares slope of the last `n` check-ins, in units per week; null with fewer than two. */
export function paceNowPerWeek(goal: Pick<Goal, 'checkins'>, n = 6): number | null {
  const points = sortedCheckins(goal).slice(-n);
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const ys = points.map((p) => p.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i += 1) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  if (den === 0) return null;
  return (num / den) * 7;
}

export type Trend = 'improving' | 'steady' | 'worsening';

/** Direction of the recent check-ins relative to the goal's direction. */
export function trend(goal: Pick<Goal, 'checkins' | 'measure'>, n = 6): Trend | null {
  const slope = paceNowPerWeek(goal, n);
  if (slope === null) return null;
  const { baseline, target } = goal.measure;
  const scale = baseline !== null && target !== null ? Math.abs(target - baseline) : 1;
  // Less than 1 % of the whole distance per week counts as steady.
  if (Math.abs(slope) < Math.max(scale, 1e-9) * 0.01) return 'steady';
  const better = goal.measure.direction === 'up' ? slope > 0 : slope < 0;
  return better ? 'improving' : 'worsening';
}

export function daysSinceLastCheckin(goal: Pick<Goal, 'checkins'>, today: string): number | null {
  const list = sortedCheckins(goal);
  const last = list[list.length - 1];
  return last ? daysBetween(last.date, today) : null;
}

/** A check-in is due when the rhythm has passed since the last one (or since the goal began). */
export function checkinDue(
  goal: Pick<Goal, 'checkins' | 'rhythm' | 'status' | 'createdAt'>,
  today: string,
): boolean {
  if (goal.status !== 'active') return false;
  const since =
    daysSinceLastCheckin(goal, today) ?? daysBetween(goal.createdAt.slice(0, 10), today);
  return since >= RHYTHM_DAYS[goal.rhythm];
}

/** When the target would be reached at the current pace; null if not moving toward it. */
export function projectedDate(
  goal: Pick<Goal, 'checkins' | 'measure'>,
  today: string,
): string | null {
  const pace = paceNowPerWeek(goal);
  const latest = latestValue(goal);
  const { target } = goal.measure;
  if (pace === null || latest === null || target === null) return null;
  const remaining = target - latest;
  if (remaining === 0) return today;
  if (pace === 0 || Math.sign(pace) !== Math.sign(remaining)) return null;
  const days = Math.ceil((remaining / pace) * 7);
  return days > 365 * 50 ? null : addDays(today, days);
}

/** The ideal line from baseline (at the goal's start) to target (at its date), for charts. */
export function idealLine(
  goal: Pick<Goal, 'measure' | 'targetDate' | 'createdAt'>,
): { date: string; value: number }[] | null {
  const { baseline, target } = goal.measure;
  if (baseline === null || target === null || goal.targetDate === null) return null;
  return [
    { date: goal.createdAt.slice(0, 10), value: baseline },
    { date: goal.targetDate, value: target },
  ];
}
