import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntrySummary } from '../../../../shared/journal';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { todayLocal } from '../../app/dates/today';

/** Today's entry, if there is one (the most recently changed when there are several). */
export function findTodayEntry(
  entries: EntrySummary[],
  today = todayLocal(),
): EntrySummary | undefined {
  return entries
    .filter((entry) => entry.date === today && entry.deletedAt === null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Entries dated within the last `days` days, today included. */
export function countRecent(entries: EntrySummary[], days = 7, now = new Date()): number {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  const from = todayLocal(start);
  const to = todayLocal(now);
  return entries.filter((e) => e.deletedAt === null && e.date >= from && e.date <= to).length;
}

/**
 * "Write today's entry": opens today's entry, or creates it. The list is read fresh from
 * main, so a second click never makes a second entry.
 */
export function useOpenTodayEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<string> => {
      const today = todayLocal();
      const existing = findTodayEntry(await call('journal:list', {}), today);
      if (existing) return existing.id;
      const entry = await call('journal:create', { date: today });
      queryClient.setQueryData(queryKeys.entry(entry.id), entry);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
      return entry.id;
    },
  });
}
