import { QueryClient } from '@tanstack/react-query';

/**
 * Main is the only writer of this data and the renderer updates the cache after every
 * save, so nothing goes stale behind our back: no refetch on focus, few retries (errors
 * from main are answers, not network blips).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: 1,
      },
      mutations: { retry: false },
    },
  });
}
