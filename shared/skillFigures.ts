import { addDays, dayNumber } from './dates';
import type { Practice, SituationTag } from './skills';

/**
 * Figures from the practice log (DOMAIN.md §7). Pure: Home, the skill pages, the "what helps
 * me" view and the summary all read them from here.
 */

const round1 = (n: number): number => Math.round(n * 10) / 10;
const mean = (values: number[]): number | null =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);

/** The first day of the week `date` falls in; weekStart 0 = Sunday, 1 = Monday, 6 = Saturday. */
export function weekStartOf(date: string, weekStart: 0 | 1 | 6 = 1): string {
  // Day 0 (1970-01-01) was a Thursday (weekday 4 with Sunday = 0).
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return addDays(date, -((weekday - weekStart + 7) % 7));
}

/** Practices per week, oldest week first; weeks with none inside the span are listed with 0. */
export function practicesPerWeek(
  practices: readonly Pick<Practice, 'date'>[],
  weekStart: 0 | 1 | 6 = 1,
): { weekOf: string; count: number }[] {
  if (practices.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of practices) {
    const week = weekStartOf(p.date, weekStart);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const weeks = [...counts.keys()].sort();
  const out: { weekOf: string; count: number }[] = [];
  const last = weeks[weeks.length - 1] ?? '';
  for (let week = weeks[0] ?? last; week <= last; week = addDays(week, 7))
    out.push({ weekOf: week, count: counts.get(week) ?? 0 });
  return out;
}

/** How many practices fall in the week of `today`. */
export function practicesThisWeek(
  practices: readonly Pick<Practice, 'date'>[],
  today: string,
  weekStart: 0 | 1 | 6 = 1,
): number {
  const from = weekStartOf(today, weekStart);
  const to = addDays(from, 6);
  return practices.filter((p) => p.date >= from && p.date <= to).length;
}

export interface SkillChange {
  skillId: string;
  /** Every practice of the skill. */
  count: number;
  /** Practices with both a before and an after rating (the only ones the change uses). */
  rated: number;
  /** Average of after − before (negative: intensity went down), or null with none rated. */
  averageChange: number | null;
  averageBefore: number | null;
  averageAfter: number | null;
}

/** Average before → after change for one skill; practices missing either rating are skipped. */
export function skillChange(
  practices: readonly Pick<Practice, 'skillId' | 'before' | 'after'>[],
  skillId: string,
): SkillChange {
  const mine = practices.filter((p) => p.skillId === skillId);
  const pairs = mine.flatMap((p) =>
    p.before === null || p.after === null ? [] : [{ before: p.before, after: p.after }],
  );
  return {
    skillId,
    count: mine.length,
    rated: pairs.length,
    averageChange: mean(pairs.map((p) => p.after - p.before)),
    averageBefore: mean(pairs.map((p) => p.before)),
    averageAfter: mean(pairs.map((p) => p.after)),
  };
}

/** The change for every skill that has been practised, most practised first. */
export function changeBySkill(
  practices: readonly Pick<Practice, 'skillId' | 'before' | 'after'>[],
): SkillChange[] {
  const ids = [...new Set(practices.map((p) => p.skillId))];
  return ids
    .map((id) => skillChange(practices, id))
    .sort((a, b) => b.count - a.count || a.skillId.localeCompare(b.skillId));
}

export interface HelpfulSkill {
  skillId: string;
  count: number;
  /** Average of the 1–5 "how helpful" ratings. */
  averageHelpful: number;
}

/** Skills by average helpfulness (ties: more practised first), highest first. */
export function mostHelpful(
  practices: readonly Pick<Practice, 'skillId' | 'helpful'>[],
  limit = 5,
): HelpfulSkill[] {
  const bySkill = new Map<string, number[]>();
  for (const p of practices) bySkill.set(p.skillId, [...(bySkill.get(p.skillId) ?? []), p.helpful]);
  return [...bySkill]
    .map(([skillId, ratings]) => ({
      skillId,
      count: ratings.length,
      averageHelpful: mean(ratings) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.averageHelpful - a.averageHelpful ||
        b.count - a.count ||
        a.skillId.localeCompare(b.skillId),
    )
    .slice(0, limit);
}

/** For each kind of moment that has practices: the skills that helped most there. */
export function mostHelpfulBySituation(
  practices: readonly Pick<Practice, 'skillId' | 'helpful' | 'situationTag'>[],
  limit = 3,
): { situationTag: SituationTag; practices: number; skills: HelpfulSkill[] }[] {
  const byTag = new Map<SituationTag, Pick<Practice, 'skillId' | 'helpful'>[]>();
  for (const p of practices)
    if (p.situationTag !== null)
      byTag.set(p.situationTag, [...(byTag.get(p.situationTag) ?? []), p]);
  return [...byTag]
    .map(([situationTag, list]) => ({
      situationTag,
      practices: list.length,
      skills: mostHelpful(list, limit),
    }))
    .sort((a, b) => b.practices - a.practices || a.situationTag.localeCompare(b.situationTag));
}

/** The days homework counts practice over: from its session to its due day (or a week). */
export function homeworkWindow(
  sessionDate: string,
  due: string | null,
): { from: string; to: string } {
  return {
    from: sessionDate,
    to: due !== null && due >= sessionDate ? due : addDays(sessionDate, 6),
  };
}

export interface HomeworkProgress {
  done: number;
  target: number;
  /** 0–100, capped at 100. */
  percent: number;
  complete: boolean;
}

/** Practices of the homework's skill inside its window, against how many times were asked. */
export function homeworkProgress(
  practices: readonly Pick<Practice, 'skillId' | 'date'>[],
  homework: { skillId: string; times: number; from: string; to: string },
): HomeworkProgress {
  const done = practices.filter(
    (p) => p.skillId === homework.skillId && p.date >= homework.from && p.date <= homework.to,
  ).length;
  return {
    done,
    target: homework.times,
    percent: Math.min(100, Math.round((done / homework.times) * 100)),
    complete: done >= homework.times,
  };
}
