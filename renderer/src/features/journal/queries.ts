import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Entry, EntrySummary } from '../../../../shared/journal';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Draft } from './saving/entrySaver';
import { todayLocal } from './dates';

/** Newest day first; on the same day, the most recently changed first. */
export function sortEntries(entries: EntrySummary[]): EntrySummary[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt),
  );
}

export function useEntryList() {
  return useQuery({
    queryKey: queryKeys.entryList,
    queryFn: () => call('journal:list', {}),
    select: sortEntries,
  });
}

/**
 * How much of the journal main has read: after unlock the newest months come first and the
 * older ones follow in the background ("journal:loaded" then refreshes every list).
 */
export function useJournalLoadState() {
  return useQuery({
    queryKey: queryKeys.loadState,
    queryFn: () => call('journal:loadState', {}),
    // In case the event is missed (say, the window reloaded meanwhile).
    refetchInterval: (query) => (query.state.data?.complete === false ? 3000 : false),
  });
}

export function useEntry(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.entry(id),
    queryFn: () => call('journal:get', { id }),
    // Only this window writes entries and it updates the cache after each save.
    staleTime: Infinity,
    enabled,
  });
}

export function useCreateEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('journal:create', { date: todayLocal() }),
    onSuccess: (entry) => {
      queryClient.setQueryData(queryKeys.entry(entry.id), entry);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
    },
  });
}

export function useDeleteEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('journal:delete', { id }),
    onSuccess: (_null, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.entry(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
    },
  });
}

/** The save used by every EntrySaver: send the draft, then bring the cache up to date. */
export function saveDraftWith(queryClient: QueryClient) {
  return async (draft: Draft): Promise<void> => {
    const saved: Entry = await call('journal:save', draft);
    queryClient.setQueryData(queryKeys.entry(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
  };
}
