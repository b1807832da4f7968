/**
 * Which automatic backups to keep. Pure, so it is tested with a fake clock.
 *
 * Kept: the newest backup of each of the last `daily` days that have one, the oldest of each
 * of the last `weekly` weeks and of the last `monthly` months (the oldest, so each week or
 * month reaches as far back as it can), and always the `sound` newest backups taken while
 * the journal opened without damage. A run of bad days (a damaged journal backed up again
 * and again) fills the daily slots at most: the weekly and monthly copies from before it
 * and the newest sound copies stay. Backups dated in the future (a clock that was wrong)
 * are kept. Only automatic backups are ever deleted; ones made with "Back up now" or before
 * a restore are the user's to remove.
 */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  sound: number;
}

export const RETENTION: RetentionPolicy = { daily: 7, weekly: 5, monthly: 12, sound: 3 };

export interface RetentionItem {
  id: string;
  /** ISO 8601 instant. */
  createdAt: string;
  kind: 'automatic' | 'manual' | 'before-restore';
  /** The journal opened without damage (nothing set aside) when this was taken. */
  sound: boolean;
}

const DAY_MS = 86_400_000;

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Monday-based week number since the epoch (1970-01-01 was a Thursday). */
function weekKey(date: Date): string {
  const days = Math.floor(date.getTime() / DAY_MS);
  return String(Math.floor((days + 3) / 7));
}

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** Picks one item per bucket (newest or oldest) for the most recent `count` buckets. */
function pick(
  items: readonly RetentionItem[],
  key: (date: Date) => string,
  count: number,
  which: 'newest' | 'oldest',
): string[] {
  const chosen = new Map<string, RetentionItem>();
  for (const item of items) {
    const k = key(new Date(item.createdAt));
    const seen = chosen.get(k);
    const better =
      !seen ||
      (which === 'newest' ? item.createdAt > seen.createdAt : item.createdAt < seen.createdAt);
    if (better) chosen.set(k, item);
  }
  return [...chosen.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .slice(0, count)
    .map(([, item]) => item.id);
}

export function backupsToDelete(
  items: readonly RetentionItem[],
  now: Date,
  policy: RetentionPolicy = RETENTION,
): string[] {
  const automatic = items.filter(
    (i) => i.kind === 'automatic' && !Number.isNaN(Date.parse(i.createdAt)),
  );
  const past = automatic.filter((i) => Date.parse(i.createdAt) <= now.getTime());
  const keep = new Set<string>([
    ...pick(past, dayKey, policy.daily, 'newest'),
    ...pick(past, weekKey, policy.weekly, 'oldest'),
    ...pick(past, monthKey, policy.monthly, 'oldest'),
    ...[...past]
      .filter((i) => i.sound)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      .slice(0, policy.sound)
      .map((i) => i.id),
  ]);
  return past.filter((i) => !keep.has(i.id)).map((i) => i.id);
}
