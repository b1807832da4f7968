import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryChanges } from '../../../../shared/journal';
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

/** An entry's mood check-in as the details panel edits it. */
export interface EntryMood {
  mood: number | null;
  emotions: string[];
}

export function useSetMood(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mood, emotions }: EntryMood) =>
      call('journal:setMood', { entryId: id, mood, emotions: mood === null ? [] : emotions }),
    onSuccess: (checkin) => {
      const stored: EntryMood = { mood: checkin?.mood ?? null, emotions: checkin?.emotions ?? [] };
      queryClient.setQueryData(['journal', 'mood', id], stored);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
      void queryClient.invalidateQueries({ queryKey: ['checkins'] });
    },
  });
}

/** The mood (and feeling words) recorded with one entry, read once when it opens. */
export function useEntryMood(id: string) {
  return useQuery({
    queryKey: ['journal', 'mood', id],
    queryFn: async (): Promise<EntryMood> => {
      // The newest check-in linked to the entry, as the timeline shows it.
      const linked = (await call('checkins:list', {}))
        .filter((c) => c.entryId === id)
        .sort((a, b) => b.at.localeCompare(a.at))[0];
      return { mood: linked?.mood ?? null, emotions: linked?.emotions ?? [] };
    },
    staleTime: Infinity,
  });
}
