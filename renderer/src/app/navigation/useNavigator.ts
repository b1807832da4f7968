import { useMemo, useReducer } from 'react';
import {
  canGoBack,
  canGoForward,
  currentVisit,
  historyReducer,
  startHistory,
  type Visit,
} from './history';
import type { Navigation } from './NavigationContext';

/** The app's router: a history of visits, starting at Home. */
export function useNavigator(): { navigation: Navigation; visit: Visit } {
  const [history, dispatch] = useReducer(historyReducer, 'home', startHistory);
  const visit = currentVisit(history);
  const back = canGoBack(history);
  const forward = canGoForward(history);
  const navigation = useMemo<Navigation>(
    () => ({
      place: visit.place,
      go: (place, recordId) => {
        dispatch(recordId === undefined ? { type: 'go', place } : { type: 'go', place, recordId });
      },
      replace: (place) => {
        dispatch({ type: 'replace', place });
      },
      openEntry: (entryId, find) => {
        dispatch(
          find === undefined
            ? { type: 'go', place: 'journal', entryId }
            : { type: 'go', place: 'journal', entryId, find },
        );
      },
      back: () => {
        dispatch({ type: 'back' });
      },
      forward: () => {
        dispatch({ type: 'forward' });
      },
      canGoBack: back,
      canGoForward: forward,
    }),
    [visit.place, back, forward],
  );
  return { navigation, visit };
}
