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

export function useSetSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<Settings>) => call('settings:set', change),
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.settings, settings);
    },
  });
}
