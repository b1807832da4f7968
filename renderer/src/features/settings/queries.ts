import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}) });
}

/**
 * Settings as the auto-lock needs them: re-read when the window regains focus and on every
 * navigation (a cheap in-memory read in main), never polled.
 */
export function useLiveSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => call('settings:get', {}),
    staleTime: 0,
  });
}

/**
 * Optimistic, like display prefs: a checkbox or choice shows the new value at once, and a
 * failed save puts the old one back (with the error shown beside it).
 */
export function useSetSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<Settings>) => call('settings:set', change),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.settings });
      const previous = queryClient.getQueryData<Settings>(queryKeys.settings);
      if (previous)
        queryClient.setQueryData<Settings>(queryKeys.settings, { ...previous, ...change });
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.settings, context.previous);
    },
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.settings, settings);
    },
  });
}
