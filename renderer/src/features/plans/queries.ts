import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ObstaclePlan, ObstaclePlanInput, Used } from '../../../../shared/obstaclePlans';
import { call } from '../../api/client';

/** Query keys of this feature (the app clears the whole cache on lock). */
export const planKeys = {
  all: ['plans'] as const,
  list: ['plans', 'list'] as const,
  goals: ['plans', 'goals'] as const,
};

export function usePlans() {
  return useQuery({
    queryKey: planKeys.list,
    queryFn: () => call('plans:list', {}),
    // Other places may log to or link from an obstacle (an entry, a goal): re-read on arrival.
    refetchOnMount: 'always',
  });
}

/** Goals to group by and pick from (title and status only are used). */
export function usePlanGoals() {
  return useQuery({
    queryKey: planKeys.goals,
    queryFn: () => call('goals:list', {}),
    select: (goals) => goals.map((g) => ({ id: g.id, title: g.title, status: g.status })),
    // Goals change in their own section: re-read on arrival.
    refetchOnMount: 'always',
  });
}

/** Main answers every change with the whole obstacle: put it in the list without a refetch. */
function storePlan(queryClient: QueryClient, plan: ObstaclePlan): void {
  queryClient.setQueryData<ObstaclePlan[]>(planKeys.list, (list = []) =>
    list.some((p) => p.id === plan.id)
      ? list.map((p) => (p.id === plan.id ? plan : p))
      : [...list, plan],
  );
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ObstaclePlanInput) => call('plans:save', input),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
    },
  });
}

export interface LogInput {
  obstacleId: string;
  planId: string | null;
  date: string;
  used: Used;
  outcome: number;
  note: string;
  /** Set when logged from a journal entry. */
  entryId?: string | null;
}

export function useLogOccurrence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LogInput) => call('plans:logOccurrence', input),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
    },
  });
}

export function useDeleteOccurrence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { obstacleId: string; occurrenceId: string }) =>
      call('plans:deleteOccurrence', input),
    onSuccess: (plan) => {
      storePlan(queryClient, plan);
    },
  });
}

export function useReorderPlans() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => call('plans:reorder', { ids }),
    onSuccess: (list) => {
      queryClient.setQueryData<ObstaclePlan[]>(planKeys.list, list);
    },
  });
}
