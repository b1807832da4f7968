import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryChanges, EntrySummary } from '../../../../shared/journal';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export const tagsKey = ['journal', 'tags'] as const;

/** Every tag in use, most used first (for autocomplete and the tag filter). */
export function useTags() {
  return useQuery({
    queryKey: tagsKey,
    queryFn: () => call('journal:tags', {}),
    select: (tags) => [...tags].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
  });
}

/** Saves one of an entry's details (tags, pin, sharing, links) apart from its text. */
export function useSaveEntryMeta(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Omit<EntryChanges, 'content' | 'title' | 'date'>) =>
      call('journal:save', { id, ...changes }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.entry(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
      void queryClient.invalidateQueries({ queryKey: tagsKey });
    },
  });
}

export function useSetMood(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mood: number | null) => call('journal:setMood', { entryId: id, mood }),
    onSuccess: (_checkin, mood) => {
      queryClient.setQueryData(['journal', 'mood', id], mood);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
      void queryClient.invalidateQueries({ queryKey: ['checkins'] });
    },
  });
}

/** The mood recorded with one entry, read once when it opens (not on every autosave). */
export function useEntryMood(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['journal', 'mood', id],
    queryFn: async () => {
      const cached = queryClient.getQueryData<EntrySummary[]>(queryKeys.entryList);
      const list = cached ?? (await call('journal:list', {}));
      return list.find((e) => e.id === id)?.mood ?? null;
    },
    staleTime: Infinity,
  });
}
