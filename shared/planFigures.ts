import type { ObstaclePlan, Occurrence } from './obstaclePlans';

/** Figures for one if-then plan from the "it came up" log. Pure; partly counts as half. */
export interface PlanFigures {
  planId: string;
  timesCameUp: number;
  /** 0–100, or null when it never came up. */
  followThrough: number | null;
  averageOutcomeUsed: number | null;
  averageOutcomeNotUsed: number | null;
  lastCameUp: string | null;
  timeline: { date: string; used: Occurrence['used']; outcome: number }[];
}

function mean(values: number[]): number | null {
  return values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function planFigures(
  obstacle: Pick<ObstaclePlan, 'occurrences'>,
  planId: string,
): PlanFigures {
  const log = obstacle.occurrences
    .filter((o) => o.planId === planId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const credit = log.reduce(
    (sum, o) => sum + (o.used === 'yes' ? 1 : o.used === 'partly' ? 0.5 : 0),
    0,
  );
  return {
    planId,
    timesCameUp: log.length,
    followThrough: log.length === 0 ? null : Math.round((credit / log.length) * 100),
    averageOutcomeUsed: mean(log.filter((o) => o.used !== 'no').map((o) => o.outcome)),
    averageOutcomeNotUsed: mean(log.filter((o) => o.used === 'no').map((o) => o.outcome)),
    lastCameUp: log[log.length - 1]?.date ?? null,
    timeline: log.map((o) => ({ date: o.date, used: o.used, outcome: o.outcome })),
  };
}

/** The obstacle's live plans, most recently used first (never-used ones last, newest first). */
export function plansByRecentUse(
  obstacle: Pick<ObstaclePlan, 'plans' | 'occurrences'>,
): ObstaclePlan['plans'] {
  const last = new Map<string, string>();
  for (const o of obstacle.occurrences) {
    if (o.planId === null) continue;
    const seen = last.get(o.planId);
    if (!seen || seen < o.date) last.set(o.planId, o.date);
  }
  return obstacle.plans
    .filter((p) => !p.archived)
    .sort((a, b) => {
      const la = last.get(a.id);
      const lb = last.get(b.id);
      if (la && lb) return lb.localeCompare(la);
      if (la) return -1;
      if (lb) return 1;
      return b.createdAt.localeCompare(a.createdAt);
    });
}
