import type { MoodCheckin } from '../../../../shared/checkin';
import { addDays, dayNumber, fromDayNumber } from '../../../../shared/dates';

/**
 * The figures behind the Trends section, kept apart from the SVG so they can be tested:
 * a period's days, the mood of each day, a 7-day average, weekly averages and the chart's
 * day/mood → pixel maps. Several check-ins on one day count as that day's average.
 */

export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

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

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

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
