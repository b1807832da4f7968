import { createContext, use } from 'react';
import type { Place } from './places';

export interface Navigation {
  place: Place;
  /** With a recordId, opens the place at one record (e.g. one goal). */
  go: (place: Place, recordId?: string) => void;
  /** Swaps the current visit for another, without a history step (closing an entry). */
  replace: (place: Place) => void;
  /** Opens the journal at one entry; with `find`, at the first match of those words. */
  openEntry: (entryId: string, find?: string) => void;
  back: () => void;
  forward: () => void;
  canGoBack: boolean;
  canGoForward: boolean;
}

export const NavigationContext = createContext<Navigation | null>(null);

/** Where the user is, and how pages move them elsewhere (e.g. a Home card). */
export function useNavigation(): Navigation {
  const navigation = use(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside the app frame.');
  return navigation;
}
