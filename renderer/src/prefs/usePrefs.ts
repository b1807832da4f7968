import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DEFAULT_DISPLAY_PREFS, type DisplayPrefs } from '../../../shared/contract';
import { call } from '../api/client';
import { queryKeys } from '../api/queryKeys';

function usePrefsQuery() {
  return useQuery({
    queryKey: queryKeys.prefs,
    queryFn: () => call('prefs:get', {}),
    staleTime: Infinity,
  });
}

/** Display preferences live in main (unencrypted, readable before unlock). */
export function usePrefs(): DisplayPrefs {
  return usePrefsQuery().data ?? DEFAULT_DISPLAY_PREFS;
}

export function useSetPrefs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<DisplayPrefs>) => call('prefs:set', change),
    // Optimistic: the theme changes the moment it is chosen; a failed save puts it back.
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.prefs });
      const previous = queryClient.getQueryData<DisplayPrefs>(queryKeys.prefs);
      queryClient.setQueryData<DisplayPrefs>(queryKeys.prefs, {
        ...(previous ?? DEFAULT_DISPLAY_PREFS),
        ...change,
      });
      return { previous };
    },
    onError: (_error, _change, context) => {
      queryClient.setQueryData(queryKeys.prefs, context?.previous);
    },
    onSuccess: (prefs) => {
      queryClient.setQueryData(queryKeys.prefs, prefs);
    },
  });
}

/**
 * Theme and text size as data attributes on <html>; the stylesheet does the rest. Only
 * known values are applied, so a refetch never flashes the defaults.
 */
export function useApplyPrefs(): void {
  const prefs = usePrefsQuery().data;
  useEffect(() => {
    if (!prefs) return;
    const root = document.documentElement;
    root.dataset.theme = prefs.theme;
    root.dataset.textSize = prefs.textSize;
    root.lang = prefs.language;
  }, [prefs]);
}
