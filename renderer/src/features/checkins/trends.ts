import type { MoodCheckin } from '../../../../shared/checkin';
import { addDays, dayNumber, fromDayNumber } from '../../../../shared/dates';
import type { Box } from '../../components/chartGeometry';

/**
 * The figures behind the Trends section, kept apart from the SVG so they can be tested:
 * a period's days, the mood of each day, a 7-day average, weekly averages and the chart's
 * day/mood → pixel maps. Several check-ins on one day count as that day's average.
 */

/** The Trends period choices: the last 4 weeks, 3 months, a year, or everything. */
export const PERIODS = ['weeks4', 'months3', 'year', 'all'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodRange {
  from: string;
  to: string;
  /** Days in [from, to], both counted. */
  days: number;
}

/** The same day `months` calendar months earlier, clamped to the end of a shorter month. */
export function addMonths(isoDate: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The days a period covers, ending today. 4 weeks = 28 days; 3 months and a year are
 * calendar spans (the day after the same date back then); "all" starts at the earliest
 * record but never shows less than 4 weeks.
 */
export function periodRange(
  period: Period,
  today: string,
  dates: readonly string[] = [],
): PeriodRange {
  const fourWeeks = periodStart(today, 28);
  let from: string;
  if (period === 'weeks4') from = fourWeeks;
  else if (period === 'months3') from = addDays(addMonths(today, -3), 1);
  else if (period === 'year') from = addDays(addMonths(today, -12), 1);
  else from = dates.reduce((min, d) => (d < min ? d : min), fourWeeks);
  return { from, to: today, days: dayNumber(today) - dayNumber(from) + 1 };
}

/** The items dated within a range. */
export function inRange<T extends { date: string }>(items: readonly T[], range: PeriodRange): T[] {
  return items.filter((i) => i.date >= range.from && i.date <= range.to);
}

export interface DayMood {
  date: string;
  /** The average of that day's check-ins, to one decimal. */
  mood: number;
  count: number;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/** The first day of a period that ends today (a 7-day period is today and the 6 before). */
export function periodStart(today: string, days: number): string {
  return addDays(today, -(days - 1));
}

/** Each day in [from, to] that has check-ins, oldest first, with its average mood. */
export function dailyMoods(
  checkins: readonly Pick<MoodCheckin, 'date' | 'mood'>[],
  from: string,
  to: string,
): DayMood[] {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) {
    if (c.date < from || c.date > to) continue;
    const list = byDay.get(c.date) ?? [];
    list.push(c.mood);
    byDay.set(c.date, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, moods]) => ({
      date,
      mood: oneDecimal(moods.reduce((s, m) => s + m, 0) / moods.length),
      count: moods.length,
    }));
}

/**
 * For each day with a mood, the average of the days with a mood in the 7 days ending there
 * (a trailing average: gaps are skipped, not counted as zero).
 */
export function rollingAverage(days: readonly DayMood[], window = 7): DayMood[] {
  return days.map((day) => {
    const end = dayNumber(day.date);
    const inWindow = days.filter((d) => {
      const n = dayNumber(d.date);
      return n <= end && n > end - window;
    });
    return {
      date: day.date,
      mood: oneDecimal(inWindow.reduce((s, d) => s + d.mood, 0) / inWindow.length),
      count: inWindow.length,
    };
  });
}

export interface WeekMood {
  /** The first day of the week (per Settings → week starts on). */
  weekStart: string;
  average: number;
  count: number;
}

/** The first day of the week holding `isoDate`; weekStart 0 = Sunday, 1 = Monday, 6 = Saturday. */
export function startOfWeek(isoDate: string, weekStart: number): string {
  const n = dayNumber(isoDate);
  // Day 0 (1970-01-01) was a Thursday (weekday 4).
  const weekday = (((n + 4) % 7) + 7) % 7;
  return fromDayNumber(n - ((weekday - weekStart + 7) % 7));
}

/** Average mood per week, newest week first; every check-in counts once. */
export function weeklyAverages(
  checkins: readonly Pick<MoodCheckin, 'date' | 'mood'>[],
  weekStart: number,
): WeekMood[] {
  const byWeek = new Map<string, number[]>();
  for (const c of checkins) {
    const key = startOfWeek(c.date, weekStart);
    const list = byWeek.get(key) ?? [];
    list.push(c.mood);
    byWeek.set(key, list);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([start, moods]) => ({
      weekStart: start,
      average: oneDecimal(moods.reduce((s, m) => s + m, 0) / moods.length),
      count: moods.length,
    }));
}

export interface MoodSummary {
  days: number;
  average: number;
  lowest: number;
  highest: number;
}

/** Plain figures for the chart's text alternative; null when the period has no check-ins. */
export function summarize(days: readonly DayMood[]): MoodSummary | null {
  if (days.length === 0) return null;
  const moods = days.map((d) => d.mood);
  return {
    days: days.length,
    average: oneDecimal(moods.reduce((s, m) => s + m, 0) / moods.length),
    lowest: Math.min(...moods),
    highest: Math.max(...moods),
  };
}

export type { Box };

export interface MoodScale {
  x: (isoDate: string) => number;
  /** Mood 1 at the bottom of the plot, 10 at the top. */
  y: (mood: number) => number;
  /** Dates to label on the x axis: first, last and a few evenly between. */
  xTicks: string[];
}

/** The day/mood → pixel maps for a period of `days` days ending `to`. */
export function moodScale(to: string, days: number, box: Box): MoodScale {
  const last = dayNumber(to);
  const first = last - (days - 1);
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const span = Math.max(1, last - first);
  const tickCount = Math.min(days, days <= 7 ? 7 : 5);
  const ticks = new Set<number>();
  for (let i = 0; i < tickCount; i += 1) {
    ticks.add(Math.round(first + (span * i) / Math.max(1, tickCount - 1)));
  }
  return {
    x: (isoDate) => box.left + ((dayNumber(isoDate) - first) / span) * plotW,
    y: (mood) => box.top + plotH - ((Math.min(10, Math.max(1, mood)) - 1) / 9) * plotH,
    xTicks: [...ticks].map(fromDayNumber),
  };
}

export interface DayValue {
  date: string;
  value: number;
}

/**
 * One tracker's value per day in [from, to], oldest first: a 0–10 rating averages that
 * day's check-ins (to one decimal); a yes/no is yes (1) when any check-in of the day says yes.
 */
export function trackerDays(
  checkins: readonly Pick<MoodCheckin, 'date' | 'trackers'>[],
  tracker: { id: string; scale: 'rating' | 'yesno' },
  from: string,
  to: string,
): DayValue[] {
  const byDay = new Map<string, number[]>();
  for (const c of checkins) {
    const value = c.trackers[tracker.id];
    if (value === undefined || c.date < from || c.date > to) continue;
    const list = byDay.get(c.date) ?? [];
    list.push(value);
    byDay.set(c.date, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, values]) => ({
      date,
      value:
        tracker.scale === 'yesno'
          ? values.some((v) => v > 0)
            ? 1
            : 0
          : oneDecimal(values.reduce((s, v) => s + v, 0) / values.length),
    }));
}

export interface WeekCount {
  weekStart: string;
  /** Days that week answered yes. */
  yes: number;
  /** Days that week with an answer (yes or no). */
  recorded: number;
}

/**
 * Yes-days per week for every week touching [from, to], oldest first, empty weeks included
 * (so a bar chart has a slot per week).
 */
export function weeklyCounts(
  days: readonly DayValue[],
  from: string,
  to: string,
  weekStart: number,
): WeekCount[] {
  const weeks = new Map<string, WeekCount>();
  const last = dayNumber(startOfWeek(to, weekStart));
  for (let n = dayNumber(startOfWeek(from, weekStart)); n <= last; n += 7) {
    const key = fromDayNumber(n);
    weeks.set(key, { weekStart: key, yes: 0, recorded: 0 });
  }
  for (const d of days) {
    const week = weeks.get(startOfWeek(d.date, weekStart));
    if (!week) continue;
    week.recorded += 1;
    if (d.value > 0) week.yes += 1;
  }
  return [...weeks.values()];
}

/** A linear map from [domainMin, domainMax] to [rangeMin, rangeMax], clamped to the domain. */
export function linearScale(
  domainMin: number,
  domainMax: number,
  rangeMin: number,
  rangeMax: number,
): (value: number) => number {
  const span = domainMax - domainMin || 1;
  return (value) => {
    const v = Math.min(domainMax, Math.max(domainMin, value));
    return rangeMin + ((v - domainMin) / span) * (rangeMax - rangeMin);
  };
}

/** Date → x across a range: `from` at the left edge of the plot, `to` at the right. */
export function dateScale(range: PeriodRange, box: Box): (isoDate: string) => number {
  const scale = linearScale(
    dayNumber(range.from),
    dayNumber(range.to),
    box.left,
    box.width - box.right,
  );
  return (isoDate) => scale(dayNumber(isoDate));
}

export interface BandRect {
  label: string;
  min: number;
  max: number;
  /** The band's value span on the chart: half a point beyond its whole numbers, within 0–max. */
  low: number;
  high: number;
}

/** A questionnaire's severity bands as value spans that tile 0 to the highest total. */
export function bandSpans(
  bands: readonly { min: number; max: number; label: string }[],
  maxTotal: number,
): BandRect[] {
  return bands.map((b) => ({
    label: b.label,
    min: b.min,
    max: b.max,
    low: b.min <= 0 ? 0 : b.min - 0.5,
    high: b.max >= maxTotal ? maxTotal : b.max + 0.5,
  }));
}
