import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../shared/journal';
import { filterTargets, mentionLinks, mergeLinks } from '../../../renderer/src/editor/entryLinks';
import { onThisDay } from '../../../renderer/src/features/journal/OnThisDay';
import {
  addDays,
  addMonths,
  filterEntries,
  groupByDay,
  monthMarkers,
  monthWeeks,
} from '../../../renderer/src/features/journal/timeline';

function entry(id: string, date: string, patch: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id,
    date,
    title: id,
    preview: '',
    firstLine: '',
    words: 0,
    updatedAt: `${date}T10:00:00.000Z`,
    createdAt: `${date}T10:00:00.000Z`,
    tags: [],
    pinned: false,
    shareWithTherapist: false,
    deletedAt: null,
    links: [],
    mood: null,
    ...patch,
  };
}

describe('timeline', () => {
  const list = [
    entry('a', '2026-03-02', { tags: ['Calm'], mood: 7 }),
    entry('b', '2026-03-02', { pinned: true, mood: 3 }),
    entry('c', '2026-03-01', { links: [{ kind: 'goal', id: 'g1' }], mood: 9 }),
  ];

  it('groups by day and puts pinned entries first in their day', () => {
    const days = groupByDay(list);
    expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-01']);
    expect(days[0]?.entries.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('filters by tag (any case), mood range, dates and linked goal', () => {
    expect(filterEntries(list, { tag: 'calm' }).map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(list, { moodMin: 5, moodMax: 8 }).map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(list, { from: '2026-03-02' }).map((e) => e.id)).toEqual(['a', 'b']);
    expect(filterEntries(list, { goalId: 'g1' }).map((e) => e.id)).toEqual(['c']);
    expect(filterEntries(list, {})).toBe(list);
  });

  it('marks days with their count and average mood', () => {
    const marks = monthMarkers(list, '2026-03');
    expect(marks.get('2026-03-02')).toEqual({ count: 2, mood: 5 });
    expect(marks.get('2026-03-01')).toEqual({ count: 1, mood: 9 });
  });

  it('lays a month out in Monday-first weeks and moves across months', () => {
    const weeks = monthWeeks('2026-03-15');
    expect(weeks[0]?.slice(0, 7)).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    // Sunday first: 1 March 2026 is a Sunday, so it opens the first week.
    expect(monthWeeks('2026-03-15', 0)[0]?.[0]).toBe('2026-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('"On this day" finds the same date in earlier years only', () => {
    const all = [entry('x', '2025-03-02'), entry('y', '2026-03-02'), entry('z', '2024-03-03')];
    expect(onThisDay(all, '2026-03-02').map((e) => e.id)).toEqual(['x']);
  });
});

describe('entry links', () => {
  const doc = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          { type: 'mention', attrs: { kind: 'goal', id: 'g1', label: 'Walk' } },
          { type: 'mention', attrs: { kind: 'goal', id: 'g1', label: 'Walk' } },
          { type: 'mention', attrs: { kind: 'bogus', id: 'x', label: '?' } },
          { type: 'mention', attrs: { kind: 'plan', id: 'p1', label: 'Tram' } },
        ],
      },
    ],
  };

  it('reads the chips once each, ignoring unknown kinds', () => {
    expect(mentionLinks(doc)).toEqual([
      { kind: 'goal', id: 'g1' },
      { kind: 'plan', id: 'p1' },
    ]);
  });

  it('keeps links made without a chip, without duplicates', () => {
    expect(
      mergeLinks(mentionLinks(doc), [
        { kind: 'plan', id: 'p1' },
        { kind: 'thought', id: 't1' },
      ]),
    ).toEqual([
      { kind: 'goal', id: 'g1' },
      { kind: 'plan', id: 'p1' },
      { kind: 'thought', id: 't1' },
    ]);
  });

  it('suggests targets by every typed word, ignoring case and accents', () => {
    const targets = [
      { kind: 'goal' as const, id: 'g1', label: 'Walk in Zürich' },
      { kind: 'plan' as const, id: 'p1', label: 'Tram panic' },
    ];
    expect(filterTargets(targets, 'zurich walk').map((t) => t.id)).toEqual(['g1']);
    expect(filterTargets(targets, '')).toHaveLength(2);
  });
});
