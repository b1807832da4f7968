import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Goal, GoalInput, GoalStatus } from '../../../../shared/goals';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Goals from main, one list for the overview, Home and each goal page. */
export function useGoals() {
  return useQuery({ queryKey: queryKeys.goals, queryFn: () => call('goals:list', {}) });
}

export function useGoal(id: string) {
  const goals = useGoals();
  return { ...goals, goal: goals.data?.find((g) => g.id === id) };
}

/** Main answers every change with the whole goal: put it in the list without a refetch. */
function storeGoal(queryClient: QueryClient, goal: Goal): void {
  queryClient.setQueryData<Goal[]>(queryKeys.goals, (list) =>
    list ? [goal, ...list.filter((g) => g.id !== goal.id)] : [goal],
  );
}

export function useSaveGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GoalInput) => call('goals:save', input),
    onSuccess: (goal) => {
      storeGoal(queryClient, goal);
    },
  });
}

export interface CheckInInput {
  goalId: string;
  date: string;
  value: number;
  note: string;
  /** Set when the check-in is made from a journal entry. */
  entryId?: string | null;
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInInput) => call('goals:checkIn', input),
    onSuccess: (goal) => {
      storeGoal(queryClient, goal);
    },
  });
}

export function useDeleteCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { goalId: string; checkinId: string }) =>
      call('goals:deleteCheckIn', input),
    onSuccess: (goal) => {
      storeGoal(queryClient, goal);
    },
  });
}

export function useSetStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { goalId: string; status: GoalStatus; note: string }) =>
      call('goals:setStatus', input),
    onSuccess: (goal) => {
      storeGoal(queryClient, goal);
    },
  });
}

export function useDeleteGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('goals:delete', { id }),
    onSuccess: (_null, id) => {
      queryClient.setQueryData<Goal[]>(queryKeys.goals, (list) => list?.filter((g) => g.id !== id));
    },
  });
}
