import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { todayLocal } from './dates';
import type { DocNode } from '../../../../shared/journal';
import { sortEntries } from './queries';

const trashKey = ['journal', 'trash'] as const;

export function useTrashList() {
  return useQuery({
    queryKey: trashKey,
    queryFn: () => call('journal:list', { trash: true }),
    select: sortEntries,
  });
}

export function useRestoreEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('journal:restore', { id }),
    onSuccess: (entry) => {
      queryClient.setQueryData(queryKeys.entry(entry.id), entry);
      void queryClient.invalidateQueries({ queryKey: queryKeys.journal });
    },
  });
}

export function usePurgeEntries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => call('journal:purge', { ids }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trashKey });
    },
  });
}

/** A new entry for today that starts from a prompt's or a template's document. */
export function useCreateFromStart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (content: DocNode) => call('journal:create', { date: todayLocal(), content }),
    onSuccess: (entry) => {
      queryClient.setQueryData(queryKeys.entry(entry.id), entry);
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryList });
    },
  });
}
