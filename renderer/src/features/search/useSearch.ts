import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

const DEBOUNCE_MS = 120;
const LIMIT = 50;

/** The query, debounced; results stay on screen while the next ones load. */
export function useSearch(query: string) {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(query);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [query]);
  const q = settled.trim();
  return useQuery({
    queryKey: ['journal', 'search', q],
    queryFn: () => call('search:query', { q, limit: LIMIT }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0,
  });
}
