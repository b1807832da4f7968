import { describe, expect, it } from 'vitest';
import {
  dailyMoods,
  moodScale,
  periodStart,
  rollingAverage,
  startOfWeek,
  summarize,
  weeklyAverages,
  type Box,
} from '../../../renderer/src/features/checkins/trends';
import { dueStatuses } from '../../../renderer/src/features/checkins/measureDue';
import type { Measure } from '../../../shared/measures';

const BOX: Box = { width: 640, height: 260, left: 40, right: 20, top: 20, bottom: 40 };
const c = (date: string, mood: number) => ({ date, mood });

describe('mood trends', () => {
  it('a period ends today and counts today', () => {
    expect(periodStart('2026-03-10', 7)).toBe('2026-03-04');
    expect(periodStart('2026-03-01', 30)).toBe('2026-01-31');
  });

  it('averages several check-ins on one day and keeps only the period', () => {
    const days = dailyMoods(
      [c('2026-03-01', 4), c('2026-03-03', 7), c('2026-03-03', 8), c('2026-02-20', 2)],
      '2026-03-01',
      '2026-03-07',
    );
    expect(days).toEqual([
      { date: '2026-03-01', mood: 4, count: 1 },
      { date: '2026-03-03', mood: 7.5, count: 2 },
    ]);
    expect(dailyMoods([], '2026-03-01', '2026-03-07')).toEqual([]);
  });

  it('the 7-day average skips days without a check-in instead of counting them as zero', () => {
    const days = dailyMoods(
      [c('2026-03-01', 2), c('2026-03-04', 6), c('2026-03-07', 7), c('2026-03-08', 9)],
      '2026-03-01',
      '2026-03-31',
    );
    expect(rollingAverage(days).map((d) => d.mood)).toEqual([2, 4, 5, 7.3]);
  });

  it('weeks start on the day the user chose, across month and year ends', () => {
    // 2026-01-01 is a Thursday.
    expect(startOfWeek('2026-01-01', 1)).toBe('2025-12-29');
    expect(startOfWeek('2026-01-01', 0)).toBe('2025-12-28');
    expect(startOfWeek('2026-01-01', 6)).toBe('2025-12-27');
    expect(startOfWeek('2025-12-29', 1)).toBe('2025-12-29');
    expect(startOfWeek('2026-01-04', 1)).toBe('2025-12-29');
  });

  it('averages every check-in of a week, newest week first', () => {
    const weeks = weeklyAverages(
      [c('2025-12-29', 3), c('2026-01-01', 6), c('2026-01-01', 6), c('2026-01-05', 8)],
      1,
    );
    expect(weeks).toEqual([
      { weekStart: '2026-01-05', average: 8, count: 1 },
      { weekStart: '2025-12-29', average: 5, count: 3 },
    ]);
  });

  it('summarises a period for the text alternative', () => {
    expect(summarize([])).toBeNull();
    expect(
      summarize([
        { date: '2026-03-01', mood: 3, count: 1 },
        { date: '2026-03-02', mood: 8, count: 1 },
        { date: '2026-03-03', mood: 6.5, count: 2 },
      ]),
    ).toEqual({ days: 3, average: 5.8, lowest: 3, highest: 8 });
  });
});

describe('mood chart scale', () => {
  it('puts the first day of the period at the left edge and today at the right', () => {
    const { x } = moodScale('2026-03-30', 30, BOX);
    expect(x('2026-03-01')).toBe(40);
    expect(x('2026-03-30')).toBe(620);
    expect(x('2026-03-15')).toBeCloseTo(40 + (14 / 29) * 580);
  });

  it('maps mood 1 to the bottom, 10 to the top, and clamps', () => {
    const { y } = moodScale('2026-03-30', 7, BOX);
    expect(y(1)).toBe(220);
    expect(y(10)).toBe(20);
    expect(y(5.5)).toBe(120);
    expect(y(0)).toBe(220);
    expect(y(12)).toBe(20);
  });

  it('labels every day of a week and five days of longer periods, first and last included', () => {
    expect(moodScale('2026-03-07', 7, BOX).xTicks).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    const ticks = moodScale('2026-03-30', 90, BOX).xTicks;
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe('2025-12-31');
    expect(ticks.at(-1)).toBe('2026-03-30');
  });
});

describe('questionnaires due', () => {
  const m = (instrument: Measure['instrument'], date: string): Measure => ({
    id: `${instrument}${date.replaceAll('-', '')}`,
    instrument,
    date,
    at: `${date}T10:00:00.000Z`,
    answers: Array.from({ length: instrument === 'phq9' ? 9 : 7 }, () => 1),
    difficulty: null,
  });

  it('counts from the latest of each questionnaire; never taken is null', () => {
    const statuses = dueStatuses(
      [m('phq9', '2026-03-01'), m('phq9', '2026-02-01'), m('gad7', '2026-02-20')],
      '2026-03-10',
      14,
    );
    expect(statuses.map((s) => [s.instrument.id, s.lastDate, s.days])).toEqual([
      ['phq9', '2026-03-01', 5],
      ['gad7', '2026-02-20', -4],
    ]);
    expect(dueStatuses([], '2026-03-10', 14).map((s) => s.days)).toEqual([null, null]);
  });
});
