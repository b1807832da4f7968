import type { Place } from './places';

/**
 * In-app history: the places visited, newest last, and where we are in them. No URLs: the
 * app has one window and nothing to deep-link to. Each visit has its own number, so going
 * to the same place again starts it fresh (the journal reopens at its list).
 */
export interface Visit {
  place: Place;
  /** The journal opened straight at one entry (new entry, today's entry). */
  entryId?: string;
  /** A place opened at one of its records (e.g. Goals at one goal). */
  recordId?: string;
  /** Words to find in the entry on arrival (opened from a search result). */
  find?: string;
  /** Move focus to the page's h1 on arrival (not when an editor wants it). */
  focusHeading: boolean;
  id: number;
}

export interface History {
  visits: Visit[];
  index: number;
  nextId: number;
}

export type HistoryEvent =
  | { type: 'go'; place: Place; entryId?: string; recordId?: string; find?: string }
  | { type: 'replace'; place: Place; entryId?: string }
  | { type: 'back' }
  | { type: 'forward' };

/** Enough to go back a long way without keeping every click of a long session. */
export const HISTORY_LIMIT = 50;

export function startHistory(place: Place): History {
  return { visits: [{ place, focusHeading: true, id: 0 }], index: 0, nextId: 1 };
}

export function currentVisit(history: History): Visit {
  const visit = history.visits[history.index];
  if (!visit) throw new Error('History has no current visit.');
  return visit;
}

export const canGoBack = (history: History): boolean => history.index > 0;
export const canGoForward = (history: History): boolean =>
  history.index < history.visits.length - 1;

function visitFor(history: History, place: Place, entryId: string | undefined): Visit {
  return entryId === undefined
    ? { place, focusHeading: true, id: history.nextId }
    : { place, entryId, focusHeading: false, id: history.nextId };
}

export function historyReducer(history: History, event: HistoryEvent): History {
  switch (event.type) {
    case 'go': {
      const base = visitFor(history, event.place, event.entryId);
      const visit = {
        ...base,
        ...(event.recordId === undefined ? {} : { recordId: event.recordId }),
        ...(event.find === undefined || event.entryId === undefined ? {} : { find: event.find }),
      };
      const visits = [...history.visits.slice(0, history.index + 1), visit].slice(-HISTORY_LIMIT);
      return { visits, index: visits.length - 1, nextId: history.nextId + 1 };
    }
    case 'replace': {
      const visits = [...history.visits];
      visits[history.index] = visitFor(history, event.place, event.entryId);
      return { visits, index: history.index, nextId: history.nextId + 1 };
    }
    case 'back':
    case 'forward': {
      const index = history.index + (event.type === 'back' ? -1 : 1);
      const target = history.visits[index];
      if (!target) return history;
      // Revisiting an entry shows the journal list: the entry may have been deleted since.
      const visits = [...history.visits];
      visits[index] = {
        place: target.place,
        // A record page shows "no longer exists" calmly if it was deleted since.
        ...(target.recordId === undefined ? {} : { recordId: target.recordId }),
        focusHeading: true,
        id: history.nextId,
      };
      return { visits, index, nextId: history.nextId + 1 };
    }
  }
}
