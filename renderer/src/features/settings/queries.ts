import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/contract';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** How often the unlocked app re-reads settings, so a change made elsewhere takes effect. */
const SETTINGS_REFRESH_MS = 5_000;

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}) });
}

/**
 * Settings as the auto-lock needs them: kept fresh (a cheap in-memory read in main), because
 * the value may change outside this screen, e.g. from the app menu.
 */
export function useLiveSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => call('settings:get', {}),
    staleTime: 0,
    refetchInterval: SETTINGS_REFRESH_MS,
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
