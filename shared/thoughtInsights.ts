import { addDays, dayNumber, fromDayNumber } from './dates';
import { beliefChange, emotionChange, type ThoughtRecord } from './thoughtRecords';

/**
 * Figures for the thought-record insights (DOMAIN.md §2): pure functions over records.
 * Drafts count only where noted (records over time shows them apart); every other figure
 * is over completed records, because a half-done record has no "after" to compare.
 */

export type InsightRecord = Pick<
  ThoughtRecord,
  | 'id'
  | 'date'
  | 'status'
  | 'situation'
  | 'emotions'
  | 'thoughts'
  | 'traps'
  | 'hotBeliefAfter'
  | 'tags'
>;

/** Inclusive calendar days; null means open-ended. */
export interface Period {
  from: string | null;
  to: string | null;
}
export const ALL_TIME: Period = { from: null, to: null };

export type Unit = 'week' | 'month';
/** 0 = Sunday, 1 = Monday, 6 = Saturday (as in Settings). */
export type WeekStart = 0 | 1 | 6;

/** Enough buckets for ten years of weeks; older records still count in the totals. */
const MAX_BUCKETS = 520;

export function inPeriod(date: string, period: Period): boolean {
  return (period.from === null || date >= period.from) && (period.to === null || date <= period.to);
}

export function completed<R extends InsightRecord>(records: readonly R[], period = ALL_TIME): R[] {
  return records.filter((r) => r.status === 'complete' && inPeriod(r.date, period));
}

/** The first day of the week or month that `date` falls in. */
export function bucketStart(date: string, unit: Unit, weekStart: WeekStart = 1): string {
  if (unit === 'month') return `${date.slice(0, 7)}-01`;
  const day = dayNumber(date);
  // Day 0 (1970-01-01) was a Thursday: weekday 4 with Sunday as 0.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return fromDayNumber(day - ((weekday - weekStart + 7) % 7));
}

function nextBucket(start: string, unit: Unit): string {
  if (unit === 'week') return addDays(start, 7);
  const [y, m] = start.split('-').map(Number);
  const year = (y ?? 1970) + ((m ?? 1) === 12 ? 1 : 0);
  const month = ((m ?? 1) % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** Bucket starts covering the period (or the records' own span when it is open-ended). */
export function bucketStarts(
  dates: readonly string[],
  period: Period,
  unit: Unit,
  weekStart: WeekStart = 1,
): string[] {
  const sorted = [...dates].sort();
  const first = period.from ?? sorted[0];
  const last = period.to ?? sorted[sorted.length - 1];
  if (first === undefined || last === undefined || first > last) return [];
  const end = bucketStart(last, unit, weekStart);
  const starts: string[] = [];
  for (
    let start = bucketStart(first, unit, weekStart);
    start <= end;
    start = nextBucket(start, unit)
  ) {
    starts.push(start);
  }
  return starts.slice(-MAX_BUCKETS);
}

export interface CountBucket {
  /** First day of the week or month. */
  start: string;
  complete: number;
  drafts: number;
}

/** How many records per week or month, empty buckets included, drafts counted apart. */
export function recordsOverTime(
  records: readonly InsightRecord[],
  unit: Unit,
  period: Period = ALL_TIME,
  weekStart: WeekStart = 1,
): CountBucket[] {
  const inside = records.filter((r) => inPeriod(r.date, period));
  const buckets = new Map<string, CountBucket>(
    bucketStarts(
      inside.map((r) => r.date),
      period,
      unit,
      weekStart,
    ).map((start) => [start, { start, complete: 0, drafts: 0 }]),
  );
  for (const record of inside) {
    const bucket = buckets.get(bucketStart(record.date, unit, weekStart));
    if (!bucket) continue;
    if (record.status === 'complete') bucket.complete += 1;
    else bucket.drafts += 1;
  }
  return [...buckets.values()];
}

export interface TrapCount {
  trapId: string;
  count: number;
}

/** Traps in completed records of the period, most frequent first (ties by id, stable). */
export function topTraps(
  records: readonly InsightRecord[],
  period: Period = ALL_TIME,
  limit = 5,
): TrapCount[] {
  const counts = new Map<string, number>();
  for (const record of completed(records, period)) {
    for (const id of new Set(record.traps)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([trapId, count]) => ({ trapId, count }))
    .sort((a, b) => b.count - a.count || a.trapId.localeCompare(b.trapId))
    .slice(0, limit);
}

export interface AverageChange {
  /** Mean of each record's average emotion change (after − before); null when none re-rated. */
  emotion: number | null;
  /** Mean change in belief in the hot thought; null when none re-rated. */
  belief: number | null;
  /** Completed records in the period. */
  records: number;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function averageChange(
  records: readonly InsightRecord[],
  period: Period = ALL_TIME,
): AverageChange {
  const done = completed(records, period);
  return {
    emotion: mean(done.map(emotionChange).filter((v): v is number => v !== null)),
    belief: mean(done.map(beliefChange).filter((v): v is number => v !== null)),
    records: done.length,
  };
}

export interface RecordChange {
  id: string;
  date: string;
  emotion: number | null;
  belief: number | null;
}

/** Each completed record's own change, oldest first. */
export function changePerRecord(
  records: readonly InsightRecord[],
  period: Period = ALL_TIME,
): RecordChange[] {
  return completed(records, period)
    .map((r) => ({ id: r.id, date: r.date, emotion: emotionChange(r), belief: beliefChange(r) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export interface ChangeBucket extends AverageChange {
  start: string;
}

/** Average changes per week or month; empty buckets have nulls and zero records. */
export function changeOverTime(
  records: readonly InsightRecord[],
  unit: Unit,
  period: Period = ALL_TIME,
  weekStart: WeekStart = 1,
): ChangeBucket[] {
  const done = completed(records, period);
  const starts = bucketStarts(
    done.map((r) => r.date),
    period,
    unit,
    weekStart,
  );
  return starts.map((start) => {
    const inBucket = done.filter((r) => bucketStart(r.date, unit, weekStart) === start);
    return { start, ...averageChange(inBucket) };
  });
}

/** Small words that say nothing about a situation. */
const STOP_WORDS = new Set(
  (
    'the and but for nor yet with without about above after again against all also am an any are ' +
    'around as at be because been before being below between both by can could did do does ' +
    'doing down during each few from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no not now of off ' +
    'on once only or other our ours out over own said same she should so some such than that ' +
    'their theirs them then there these they this those through to too under until up very was ' +
    'we were what when where which while who whom why will would you your yours got get went ' +
    'going came come one two really still even much many like just then today yesterday ' +
    'tomorrow after told asked felt feel feeling thought think'
  ).split(' '),
);

export interface WordCount {
  word: string;
  /** How many completed records mention it. */
  records: number;
}

/** Words that come back in the situations of several completed records. */
export function recurringSituationWords(
  records: readonly InsightRecord[],
  period: Period = ALL_TIME,
  limit = 10,
): WordCount[] {
  const counts = new Map<string, number>();
  for (const record of completed(records, period)) {
    const words = record.situation.toLocaleLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const meaningful = new Set(
      words.map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)),
    );
    for (const word of meaningful) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .map(([word, n]) => ({ word, records: n }))
    .sort((a, b) => b.records - a.records || a.word.localeCompare(b.word))
    .slice(0, limit);
}

export interface TagCount {
  tag: string;
  records: number;
}

/** Tags on completed records of the period (compared case-insensitively), most used first. */
export function recurringTags(
  records: readonly InsightRecord[],
  period: Period = ALL_TIME,
  limit = 10,
): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const record of completed(records, period)) {
    const seen = new Set<string>();
    for (const tag of record.tags) {
      const key = tag.toLocaleLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { tag, records: 0 };
      entry.records += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.records - a.records || a.tag.localeCompare(b.tag))
    .slice(0, limit);
}
