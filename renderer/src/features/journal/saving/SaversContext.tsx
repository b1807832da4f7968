import { createContext, useContext } from 'react';
import type { EntrySavers } from './entrySavers';

export const SaversContext = createContext<EntrySavers | null>(null);

export function useSavers(): EntrySavers {
  const savers = useContext(SaversContext);
  if (!savers) throw new Error('useSavers needs a SaversContext provider.');
  return savers;
}
