import { describe, expect, it } from 'vitest';
import {
  averageChange,
  bucketStart,
  changeOverTime,
  changePerRecord,
  recordsOverTime,
  recurringSituationWords,
  recurringTags,
  topTraps,
  type InsightRecord,
} from '../../../shared/thoughtInsights';

function record(
  id: string,
  date: string,
  extra: Partial<InsightRecord> & {
    before?: number[];
    after?: (number | null)[];
    belief?: [number, number | null];
  } = {},
): InsightRecord {
  const { before = [60], after = [30], belief = [80, 40], ...rest } = extra;
  return {
    id,
    date,
    status: 'complete',
    situation: '',
    emotions: before.map((b, i) => ({
      id: `${id}e${i}`,
      name: 'Worried',
      before: b,
      after: after[i] ?? null,
    })),
    thoughts: [{ id: `${id}t`, text: 'hot', belief: belief[0], hot: true }],
    traps: [],
    hotBeliefAfter: belief[1],
    tags: [],
    ...rest,
  };
}

// Hand-made fixtures: November 2026 (Mondays: 2, 9, 16, 23, 30) with a draft and a gap week.
const FIXTURE: InsightRecord[] = [
  record('a', '2026-11-02', {
    traps: ['mind-reading', 'catastrophising'],
    situation: 'Meeting with my manager at work',
    tags: ['Work'],
    before: [80, 60],
    after: [40, 50],
    belief: [90, 40],
  }),
  record('b', '2026-11-04', {
    traps: ['mind-reading'],
    situation: "My manager's email at work",
    tags: ['work', 'Sleep'],
    before: [70],
    after: [50],
    belief: [70, 50],
  }),
  record('c', '2026-11-18', {
    traps: ['mind-reading', 'labelling'],
    situation: 'Phone call with my sister',
    tags: ['family'],
    before: [50],
    after: [null],
    belief: [60, null],
  }),
  record('d', '2026-11-19', {
    status: 'draft',
    traps: ['labelling', 'labelling', 'fortune-telling'],
    situation: 'Meeting at work again',
    tags: ['work'],
  }),
];

describe('records over time', () => {
  it('counts per week with empty weeks and drafts apart', () => {
    expect(recordsOverTime(FIXTURE, 'week')).toEqual([
      { start: '2026-11-02', complete: 2, drafts: 0 },
      { start: '2026-11-09', complete: 0, drafts: 0 },
      { start: '2026-11-16', complete: 1, drafts: 1 },
    ]);
  });

  it('follows the week start and a chosen period, and counts per month', () => {
    expect(bucketStart('2026-11-04', 'week', 0)).toBe('2026-11-01');
    expect(bucketStart('2026-11-01', 'week', 1)).toBe('2026-10-26');
    expect(bucketStart('2026-11-07', 'week', 6)).toBe('2026-11-07');
    expect(recordsOverTime(FIXTURE, 'month', { from: '2026-10-01', to: '2026-12-31' })).toEqual([
      { start: '2026-10-01', complete: 0, drafts: 0 },
      { start: '2026-11-01', complete: 3, drafts: 1 },
      { start: '2026-12-01', complete: 0, drafts: 0 },
    ]);
    expect(recordsOverTime(FIXTURE, 'month', { from: '2026-12-20', to: '2027-01-05' })).toEqual([
      { start: '2026-12-01', complete: 0, drafts: 0 },
      { start: '2027-01-01', complete: 0, drafts: 0 },
    ]);
  });

  it('is empty for no records and an open period', () => {
    expect(recordsOverTime([], 'week')).toEqual([]);
  });
});

describe('most frequent traps', () => {
  it('counts completed records only, once per record, in the period', () => {
    expect(topTraps(FIXTURE)).toEqual([
      { trapId: 'mind-reading', count: 3 },
      { trapId: 'catastrophising', count: 1 },
      { trapId: 'labelling', count: 1 },
    ]);
    expect(topTraps(FIXTURE, { from: '2026-11-10', to: null })).toEqual([
      { trapId: 'labelling', count: 1 },
      { trapId: 'mind-reading', count: 1 },
    ]);
    expect(topTraps(FIXTURE, { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
    expect(topTraps(FIXTURE, undefined, 1)).toEqual([{ trapId: 'mind-reading', count: 3 }]);
  });
});

describe('average change', () => {
  it('averages each record’s emotion change and the belief change over completed records', () => {
    // a: (−40 + −10) / 2 = −25; b: −20; c: not re-rated. Belief: a −50, b −20.
    expect(averageChange(FIXTURE)).toEqual({ emotion: -22.5, belief: -35, records: 3 });
    expect(averageChange(FIXTURE, { from: '2026-11-10', to: null })).toEqual({
      emotion: null,
      belief: null,
      records: 1,
    });
    expect(averageChange([])).toEqual({ emotion: null, belief: null, records: 0 });
  });

  it('per record, oldest first, without drafts', () => {
    expect(changePerRecord(FIXTURE)).toEqual([
      { id: 'a', date: '2026-11-02', emotion: -25, belief: -50 },
      { id: 'b', date: '2026-11-04', emotion: -20, belief: -20 },
      { id: 'c', date: '2026-11-18', emotion: null, belief: null },
    ]);
  });

  it('over time, with empty weeks as nulls', () => {
    expect(changeOverTime(FIXTURE, 'week')).toEqual([
      { start: '2026-11-02', emotion: -22.5, belief: -35, records: 2 },
      { start: '2026-11-09', emotion: null, belief: null, records: 0 },
      { start: '2026-11-16', emotion: null, belief: null, records: 1 },
    ]);
  });
});

describe('recurring situations and tags', () => {
  it('finds words that come back in several situations, ignoring small words and drafts', () => {
    expect(recurringSituationWords(FIXTURE)).toEqual([
      { word: 'manager', records: 2 },
      { word: 'work', records: 2 },
    ]);
    expect(recurringSituationWords(FIXTURE, { from: '2026-11-10', to: null })).toEqual([]);
  });

  it('counts tags case-insensitively over completed records', () => {
    expect(recurringTags(FIXTURE)).toEqual([
      { tag: 'Work', records: 2 },
      { tag: 'family', records: 1 },
      { tag: 'Sleep', records: 1 },
    ]);
  });
});
