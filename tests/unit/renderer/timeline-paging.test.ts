import { describe, expect, it } from 'vitest';
import { summarizeEntry } from '../../../shared/journal';
import {
  DAYS_PER_PAGE,
  ENTRIES_PER_DAY,
  ENTRIES_PER_PAGE,
  daysOnPages,
  groupByDay,
} from '../../../renderer/src/features/journal/timeline';
import { syntheticEntries } from '../../bench/synthetic';

const rows = (days: ReturnType<typeof groupByDay>, count: number) =>
  days.slice(0, count).reduce((sum, d) => sum + d.entries.length, 0);

describe('timeline pages at 20,000 entries', () => {
  // The benchmark's heavy journal: ten years at about 5.5 entries a day.
  const summaries = syntheticEntries(20_000, 10, { end: new Date().toISOString().slice(0, 10) })
    .map((e) => summarizeEntry(e))
    .sort((a, b) => b.date.localeCompare(a.date));
  const days = groupByDay(summaries);

  it('shows a bounded first page, and each "show older" adds a bounded page', () => {
    expect(days.length).toBeGreaterThan(3000);
    const first = daysOnPages(days, 1);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(DAYS_PER_PAGE);
    expect(rows(days, first)).toBeLessThanOrEqual(ENTRIES_PER_PAGE + 10);
    const second = daysOnPages(days, 2);
    expect(second).toBeGreaterThan(first);
    expect(rows(days, second) - rows(days, first)).toBeLessThanOrEqual(ENTRIES_PER_PAGE + 10);
    expect(daysOnPages(days, 100_000)).toBe(days.length);
  });

  it('caps a page by entries when days are busy, and always shows at least one day', () => {
    const busy = Array.from({ length: 10 }, (_, i) => ({
      date: `2026-01-${String(i + 1).padStart(2, '0')}`,
      entries: summaries.slice(i * 120, i * 120 + 120),
    }));
    // A busy day shows ENTRIES_PER_DAY rows at first, so that is what it costs a page.
    expect(daysOnPages(busy, 1)).toBe(ENTRIES_PER_PAGE / ENTRIES_PER_DAY);
    const huge = [{ date: '2026-01-01', entries: summaries.slice(0, 600) }, ...busy];
    expect(daysOnPages(huge, 1)).toBe(ENTRIES_PER_PAGE / ENTRIES_PER_DAY);
    expect(daysOnPages(huge.slice(0, 1), 1)).toBe(1);
    expect(daysOnPages([], 3)).toBe(0);
  });
});
