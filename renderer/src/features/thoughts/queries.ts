import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CustomTrapInput } from '../../../../shared/thinkingTraps';
import type { ThoughtRecord } from '../../../../shared/thoughtRecords';
import { call } from '../../api/client';

/** Query keys of this feature (the app clears the whole cache on lock). */
export const thoughtKeys = {
  all: ['thoughts'] as const,
  records: ['thoughts', 'records'] as const,
  traps: ['thoughts', 'traps'] as const,
  goals: ['thoughts', 'goals'] as const,
};

export function useThoughtRecords() {
  // Records can be created from other places (an entry, a goal): always re-read on arrival.
  return useQuery({
    queryKey: thoughtKeys.records,
    queryFn: () => call('thoughts:list', {}),
    refetchOnMount: 'always',
  });
}

export function useCustomTraps() {
  return useQuery({ queryKey: thoughtKeys.traps, queryFn: () => call('thoughts:traps', {}) });
}

/** Goals to link and filter by (names only are shown). */
export function useGoalNames() {
  return useQuery({
    queryKey: thoughtKeys.goals,
    queryFn: () => call('goals:list', {}),
    select: (goals) => goals.map((g) => ({ id: g.id, title: g.title })),
    refetchOnMount: 'always',
  });
}

export function rememberRecord(queryClient: QueryClient, record: ThoughtRecord): void {
  queryClient.setQueryData<ThoughtRecord[]>(thoughtKeys.records, (list) =>
    list ? [record, ...list.filter((r) => r.id !== record.id)] : [record],
  );
}

export function useDeleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('thoughts:delete', { id }),
    onSuccess: (_null, id) => {
      queryClient.setQueryData<ThoughtRecord[]>(thoughtKeys.records, (list) =>
        list?.filter((r) => r.id !== id),
      );
    },
  });
}

export function useSaveTrap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomTrapInput) => call('thoughts:saveTrap', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thoughtKeys.traps }),
  });
}

export function useDeleteTrap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('thoughts:deleteTrap', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thoughtKeys.all }),
  });
}
