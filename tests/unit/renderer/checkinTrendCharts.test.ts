import { describe, expect, it } from 'vitest';
import {
  addMonths,
  bandSpans,
  dateScale,
  inRange,
  linearScale,
  periodRange,
  trackerDays,
  weeklyCounts,
  type Box,
} from '../../../renderer/src/features/checkins/trends';
import { GAD7, PHQ9 } from '../../../shared/measures';

const BOX: Box = { width: 400, height: 200, left: 40, right: 60, top: 10, bottom: 30 };

describe('trend periods', () => {
  it('4 weeks is today and the 27 days before', () => {
    expect(periodRange('weeks4', '2026-03-10')).toEqual({
      from: '2026-02-11',
      to: '2026-03-10',
      days: 28,
    });
  });

  it('3 months and a year are calendar spans starting the day after', () => {
    expect(periodRange('months3', '2026-03-10')).toEqual({
      from: '2025-12-11',
      to: '2026-03-10',
      days: 90,
    });
    expect(periodRange('year', '2026-03-10')).toEqual({
      from: '2025-03-11',
      to: '2026-03-10',
      days: 365,
    });
    expect(periodRange('year', '2024-12-31').days).toBe(366);
  });

  it('"all" starts at the earliest record but never shows less than 4 weeks', () => {
    expect(periodRange('all', '2026-03-10', ['2026-03-01', '2024-06-15', '2025-01-01'])).toEqual({
      from: '2024-06-15',
      to: '2026-03-10',
      days: 634,
    });
    expect(periodRange('all', '2026-03-10', ['2026-03-09']).from).toBe('2026-02-11');
    expect(periodRange('all', '2026-03-10').days).toBe(28);
  });

  it('adds calendar months, clamping to the end of a shorter month, across years', () => {
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-02-10', -12)).toBe('2025-02-10');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('keeps the items within a range, both ends included', () => {
    const range = periodRange('weeks4', '2026-03-10');
    const items = ['2026-02-10', '2026-02-11', '2026-03-10', '2026-03-11'].map((date) => ({
      date,
    }));
    expect(inRange(items, range).map((i) => i.date)).toEqual(['2026-02-11', '2026-03-10']);
  });
});

describe('tracker series', () => {
  const c = (date: string, trackers: Record<string, number>) => ({ date, trackers });
  const checkins = [
    c('2026-03-02', { pain: 4, walk: 0 }),
    c('2026-03-02', { pain: 7, walk: 1 }),
    c('2026-03-04', { walk: 0 }),
    c('2026-03-05', { pain: 2 }),
    c('2026-02-01', { pain: 9, walk: 1 }),
  ];

  it('averages a rating per day, skipping days without a value and days outside the period', () => {
    expect(
      trackerDays(checkins, { id: 'pain', scale: 'rating' }, '2026-03-01', '2026-03-31'),
    ).toEqual([
      { date: '2026-03-02', value: 5.5 },
      { date: '2026-03-05', value: 2 },
    ]);
  });

  it('a yes/no day is yes when any check-in that day says yes', () => {
    expect(
      trackerDays(checkins, { id: 'walk', scale: 'yesno' }, '2026-03-01', '2026-03-31'),
    ).toEqual([
      { date: '2026-03-02', value: 1 },
      { date: '2026-03-04', value: 0 },
    ]);
  });

  it('counts yes-days per week with a slot for every week, empty ones included', () => {
    const days = [
      { date: '2026-03-02', value: 1 }, // Monday
      { date: '2026-03-04', value: 0 },
      { date: '2026-03-08', value: 1 }, // Sunday, same Monday-week
      { date: '2026-03-17', value: 1 },
    ];
    expect(weeklyCounts(days, '2026-03-01', '2026-03-17', 1)).toEqual([
      { weekStart: '2026-02-23', yes: 0, recorded: 0 },
      { weekStart: '2026-03-02', yes: 2, recorded: 3 },
      { weekStart: '2026-03-09', yes: 0, recorded: 0 },
      { weekStart: '2026-03-16', yes: 1, recorded: 1 },
    ]);
    // Weeks starting on Sunday split the same days differently.
    expect(weeklyCounts(days, '2026-03-01', '2026-03-17', 0).map((w) => w.yes)).toEqual([1, 1, 1]);
  });
});

describe('chart scales', () => {
  it('maps a value linearly and clamps it to the domain', () => {
    const y = linearScale(0, 27, 170, 10);
    expect(y(0)).toBe(170);
    expect(y(27)).toBe(10);
    expect(y(13.5)).toBe(90);
    expect(y(-3)).toBe(170);
    expect(y(40)).toBe(10);
    expect(linearScale(5, 5, 0, 100)(5)).toBe(0);
  });

  it('puts the first day of a range at the left of the plot and today at the right', () => {
    const x = dateScale(periodRange('weeks4', '2026-03-10'), BOX);
    expect(x('2026-02-11')).toBe(40);
    expect(x('2026-03-10')).toBe(340);
    expect(x('2026-02-25')).toBeCloseTo(40 + (14 / 27) * 300);
  });

  it('shades bands that tile 0 to the highest total, half a point beyond their whole numbers', () => {
    expect(bandSpans(PHQ9.bands, 27)).toEqual([
      { label: 'Minimal', min: 0, max: 4, low: 0, high: 4.5 },
      { label: 'Mild', min: 5, max: 9, low: 4.5, high: 9.5 },
      { label: 'Moderate', min: 10, max: 14, low: 9.5, high: 14.5 },
      { label: 'Moderately severe', min: 15, max: 19, low: 14.5, high: 19.5 },
      { label: 'Severe', min: 20, max: 27, low: 19.5, high: 27 },
    ]);
    const gad = bandSpans(GAD7.bands, 21);
    expect(gad.at(-1)).toEqual({ label: 'Severe', min: 15, max: 21, low: 14.5, high: 21 });
    for (const [i, b] of gad.slice(1).entries()) expect(b.low).toBe(gad[i]?.high);
  });
});
