import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RetentionItem } from '../../../electron/core/vault/retention';

const DAY = 86_400_000;
const start = Date.parse('2026-01-01T09:00:00Z');

/** One automatic backup a day for `days` days from `from`, all sound unless told. */
function daily(days: number, from = start, sound = true): RetentionItem[] {
  return Array.from({ length: days }, (_, i) => ({
    id: `d${new Date(from + i * DAY).toISOString().slice(0, 10)}`,
    createdAt: new Date(from + i * DAY).toISOString(),
    kind: 'automatic' as const,
    sound,
  }));
}

/** Runs a year of daily backups through retention the way the app does: prune after each. */
function simulate(items: RetentionItem[]): RetentionItem[] {
  let kept: RetentionItem[] = [];
  for (const item of items) {
    kept = [...kept, item];
    const gone = new Set(backupsToDelete(kept, new Date(item.createdAt)));
    kept = kept.filter((k) => !gone.has(k.id));
  }
  return kept;
}

describe('backup retention', () => {
  it('keeps a week of days, some weeks and a year of months, not every day', () => {
    const kept = simulate(daily(400));
    const days = kept.map((k) => k.createdAt.slice(0, 10));
    // The last seven days are all there.
    for (let i = 0; i < 7; i += 1)
      expect(days).toContain(new Date(start + (399 - i) * DAY).toISOString().slice(0, 10));
    // Twelve distinct months are represented, reaching back eleven months and more.
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    expect(days.sort()[0] ?? '').toMatch(/^2026-0[1-3]/);
    // And it stays small.
    expect(kept.length).toBeLessThanOrEqual(7 + 5 + 12 + 3);
  });

  it('a month of backups from a damaged journal never pushes out every sound copy', () => {
    const good = daily(90);
    const bad = daily(30, start + 90 * DAY, false);
    const kept = simulate([...good, ...bad]);
    const sound = kept.filter((k) => k.sound);
    expect(sound.length).toBeGreaterThanOrEqual(3);
    // The newest sound copy (the last good day) is still there.
    expect(sound.map((k) => k.id)).toContain(good[good.length - 1]?.id);
  });

  it('never deletes backups made by hand or before a restore, nor ones dated in the future', () => {
    const items: RetentionItem[] = [
      ...daily(60),
      { id: 'manual', createdAt: '2026-01-02T10:00:00Z', kind: 'manual', sound: true },
      { id: 'before', createdAt: '2026-01-03T10:00:00Z', kind: 'before-restore', sound: false },
      { id: 'future', createdAt: '2031-01-01T00:00:00Z', kind: 'automatic', sound: true },
    ];
    const gone = backupsToDelete(items, new Date(start + 60 * DAY));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone).not.toContain('manual');
    expect(gone).not.toContain('before');
    expect(gone).not.toContain('future');
  });

  it('keeps the newest backup of a day with several', () => {
    const items: RetentionItem[] = [
      { id: 'morning', createdAt: '2026-01-01T08:00:00Z', kind: 'automatic', sound: false },
      { id: 'evening', createdAt: '2026-01-01T20:00:00Z', kind: 'automatic', sound: false },
      { id: 'noon', createdAt: '2026-01-01T12:00:00Z', kind: 'automatic', sound: false },
    ];
    const gone = backupsToDelete(items, new Date('2026-01-02T00:00:00Z'));
    // Evening is the day's copy; morning is the week's and month's oldest; noon goes.
    expect(gone).toEqual(['noon']);
  });
});
