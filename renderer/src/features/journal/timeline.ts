import type { EntrySummary } from '../../../../shared/journal';

/** What the timeline shows: every field optional, all of them must hold. */
export interface EntryFilter {
  tag?: string | undefined;
  moodMin?: number | undefined;
  moodMax?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  goalId?: string | undefined;
}

export function isFiltered(filter: EntryFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

export function filterEntries(entries: EntrySummary[], filter: EntryFilter): EntrySummary[] {
  if (!isFiltered(filter)) return entries;
  const tag = filter.tag?.toLocaleLowerCase();
  return entries.filter((e) => {
    if (tag !== undefined && !e.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (filter.moodMin !== undefined && (e.mood === null || e.mood < filter.moodMin)) return false;
    if (filter.moodMax !== undefined && (e.mood === null || e.mood > filter.moodMax)) return false;
    if (filter.from !== undefined && e.date < filter.from) return false;
    if (filter.to !== undefined && e.date > filter.to) return false;
    if (
      filter.goalId !== undefined &&
      !e.links.some((l) => l.kind === 'goal' && l.id === filter.goalId)
    )
      return false;
    return true;
  });
}

export interface DayGroup {
  date: string;
  entries: EntrySummary[];
}

/** Entries (already newest first) grouped by day; pinned ones first within each day. */
export function groupByDay(entries: EntrySummary[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last?.date === entry.date) last.entries.push(entry);
    else groups.push({ date: entry.date, entries: [entry] });
  }
  for (const group of groups) {
    if (group.entries.some((e) => e.pinned))
      group.entries = [
        ...group.entries.filter((e) => e.pinned),
        ...group.entries.filter((e) => !e.pinned),
      ];
  }
  return groups;
}

/** A page of the timeline: this many days at most… */
export const DAYS_PER_PAGE = 50;
/** …and no more rows than this (a busy day counts only the rows it shows at first). */
export const ENTRIES_PER_PAGE = 250;

/** A busy day shows this many entries at first, and this many more on each request. */
export const ENTRIES_PER_DAY = 50;

/** How many day groups the first `pages` pages of the timeline hold (always whole days). */
export function daysOnPages(days: readonly DayGroup[], pages: number): number {
  let end = 0;
  for (let page = 0; page < pages && end < days.length; page += 1) {
    let dayCount = 0;
    let entryCount = 0;
    while (end < days.length && dayCount < DAYS_PER_PAGE && entryCount < ENTRIES_PER_PAGE) {
      entryCount += Math.min(days[end]?.entries.length ?? 0, ENTRIES_PER_DAY);
      dayCount += 1;
      end += 1;
    }
  }
  return end;
}

export interface DayMarker {
  count: number;
  /** Average mood of the day's entries that have one, rounded; null when none do. */
  mood: number | null;
}

/** Entry count and mood per day of one month ("YYYY-MM"). */
export function monthMarkers(entries: EntrySummary[], month: string): Map<string, DayMarker> {
  const sums = new Map<string, { count: number; moodSum: number; moods: number }>();
  for (const e of entries) {
    if (!e.date.startsWith(month)) continue;
    const s = sums.get(e.date) ?? { count: 0, moodSum: 0, moods: 0 };
    s.count += 1;
    if (e.mood !== null) {
      s.moodSum += e.mood;
      s.moods += 1;
    }
    sums.set(e.date, s);
  }
  const out = new Map<string, DayMarker>();
  for (const [date, s] of sums)
    out.set(date, { count: s.count, mood: s.moods ? Math.round(s.moodSum / s.moods) : null });
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(year: number, monthIndex: number, day: number): string {
  const d = new Date(year, monthIndex, day);
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The same day moved by `days` (may cross months and years). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days);
}

/** The same day of another month, clamped to that month's length (31 Jan → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(y ?? 1970, (m ?? 1) - 1 + months, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return isoDay(first.getFullYear(), first.getMonth(), Math.min(d ?? 1, last));
}

/** Weeks of the month holding `iso`, starting on `weekStart` (0 Sunday … 6 Saturday; Monday
 * by default); days outside the month are null. */
export function monthWeeks(iso: string, weekStart = 1): (string | null)[][] {
  const [y, m] = iso.split('-').map(Number);
  const year = y ?? 1970;
  const month = (m ?? 1) - 1;
  const length = new Date(year, month + 1, 0).getDate();
  const lead = (new Date(year, month, 1).getDay() - weekStart + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day += 1) cells.push(isoDay(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
