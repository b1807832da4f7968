import { describe, expect, it } from 'vitest';
import {
  GAD7,
  PHQ9,
  band,
  daysUntilDue,
  measureSchema,
  needsSafetyNotice,
  scoreSeries,
  total,
  type Measure,
} from '../../../shared/measures';

function m(instrument: 'phq9' | 'gad7', date: string, answers: number[]): Measure {
  return {
    id: `m${date}${instrument}`,
    instrument,
    date,
    at: `${date}T09:00:00Z`,
    answers,
    difficulty: null,
  };
}

describe('PHQ-9 and GAD-7', () => {
  it("have the instruments' item counts, answer range and source line", () => {
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(GAD7.items[0]).toBe('Feeling nervous, anxious, or on edge');
    expect(PHQ9.source).toMatch(/Spitzer.*Williams.*Kroenke/);
  });

  it('bands every possible total', () => {
    const phq = [0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map((s) => band(PHQ9, s));
    expect(phq).toEqual([
      'Minimal',
      'Minimal',
      'Mild',
      'Mild',
      'Moderate',
      'Moderate',
      'Moderately severe',
      'Moderately severe',
      'Severe',
      'Severe',
    ]);
    const gad = [0, 4, 5, 9, 10, 14, 15, 21].map((s) => band(GAD7, s));
    expect(gad).toEqual([
      'Minimal',
      'Minimal',
      'Mild',
      'Mild',
      'Moderate',
      'Moderate',
      'Severe',
      'Severe',
    ]);
    expect(total([3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(27);
  });

  it('flags item 9 above 0 for the safety notice, and only on the PHQ-9', () => {
    expect(needsSafetyNotice(m('phq9', '2026-11-01', [0, 0, 0, 0, 0, 0, 0, 0, 1]))).toBe(true);
    expect(needsSafetyNotice(m('phq9', '2026-11-01', [3, 3, 3, 3, 3, 3, 3, 3, 0]))).toBe(false);
    expect(needsSafetyNotice(m('gad7', '2026-11-01', [3, 3, 3, 3, 3, 3, 3]))).toBe(false);
  });

  it('scores a series with change since the previous one of the same instrument', () => {
    const series = scoreSeries(
      [
        m('phq9', '2026-11-15', [1, 1, 1, 1, 1, 1, 1, 1, 0]),
        m('gad7', '2026-11-10', [2, 2, 2, 2, 2, 2, 2]),
        m('phq9', '2026-11-01', [2, 2, 2, 2, 2, 2, 1, 1, 0]),
      ],
      'phq9',
    );
    expect(series.map((s) => [s.measure.date, s.total, s.band, s.change])).toEqual([
      ['2026-11-01', 14, 'Moderate', null],
      ['2026-11-15', 8, 'Mild', -6],
    ]);
  });

  it('refuses incomplete or out-of-range answers', () => {
    expect(measureSchema.safeParse(m('phq9', '2026-11-01', [0, 0, 0])).success).toBe(false);
    expect(measureSchema.safeParse(m('gad7', '2026-11-01', [0, 0, 0, 0, 0, 0, 4])).success).toBe(
      false,
    );
    expect(measureSchema.safeParse(m('gad7', '2026-11-01', [0, 0, 0, 0, 0, 0, 3])).success).toBe(
      true,
    );
  });

  it('says when the next one is due (every two weeks by default)', () => {
    expect(daysUntilDue(null, '2026-11-26', 14)).toBeNull();
    expect(daysUntilDue('2026-11-20', '2026-11-26', 14)).toBe(8);
    expect(daysUntilDue('2026-11-01', '2026-11-26', 14)).toBe(-11);
  });
});
