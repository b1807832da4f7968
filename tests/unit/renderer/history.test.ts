import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  canGoBack,
  canGoForward,
  currentVisit,
  historyReducer,
  startHistory,
  type History,
  type HistoryEvent,
} from '../../../renderer/src/app/navigation/history';

const run = (events: HistoryEvent[], from: History = startHistory('home')) =>
  events.reduce(historyReducer, from);

describe('in-app history', () => {
  it('starts at Home with nowhere to go back or forward to', () => {
    const history = startHistory('home');
    expect(currentVisit(history).place).toBe('home');
    expect(canGoBack(history)).toBe(false);
    expect(canGoForward(history)).toBe(false);
  });

  it('goes back and forward over the places visited', () => {
    let history = run([
      { type: 'go', place: 'journal' },
      { type: 'go', place: 'settings' },
    ]);
    history = historyReducer(history, { type: 'back' });
    expect(currentVisit(history).place).toBe('journal');
    history = historyReducer(history, { type: 'back' });
    expect(currentVisit(history).place).toBe('home');
    expect(canGoBack(history)).toBe(false);
    expect(historyReducer(history, { type: 'back' })).toBe(history);
    history = historyReducer(history, { type: 'forward' });
    history = historyReducer(history, { type: 'forward' });
    expect(currentVisit(history).place).toBe('settings');
    expect(canGoForward(history)).toBe(false);
  });

  it('drops the forward places when going somewhere new, like a browser', () => {
    const history = run([
      { type: 'go', place: 'journal' },
      { type: 'go', place: 'settings' },
      { type: 'back' },
      { type: 'go', place: 'goals' },
    ]);
    expect(history.visits.map((v) => v.place)).toEqual(['home', 'journal', 'goals']);
    expect(canGoForward(history)).toBe(false);
  });

  it('gives every visit a new id, so going to the same place again starts it fresh', () => {
    const history = run([
      { type: 'go', place: 'journal' },
      { type: 'go', place: 'journal' },
    ]);
    const ids = history.visits.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('opens an entry without stealing focus for the heading; going back to it shows the list', () => {
    let history = run([{ type: 'go', place: 'journal', entryId: 'e1' }]);
    expect(currentVisit(history)).toMatchObject({ entryId: 'e1', focusHeading: false });
    history = run([{ type: 'go', place: 'home' }, { type: 'back' }], history);
    expect(currentVisit(history).place).toBe('journal');
    expect(currentVisit(history).entryId).toBeUndefined();
    expect(currentVisit(history).focusHeading).toBe(true);
  });

  it('replaces the current visit without adding a step (closing an entry)', () => {
    const history = run([
      { type: 'go', place: 'journal', entryId: 'e1' },
      { type: 'replace', place: 'journal' },
    ]);
    expect(history.visits.map((v) => v.place)).toEqual(['home', 'journal']);
    expect(currentVisit(history).entryId).toBeUndefined();
  });

  it('opens a place at one record, and keeps it when going back to it', () => {
    let history = run([
      { type: 'go', place: 'goals' },
      { type: 'go', place: 'goals', recordId: 'g1' },
      { type: 'go', place: 'home' },
    ]);
    history = historyReducer(history, { type: 'back' });
    expect(currentVisit(history)).toMatchObject({ place: 'goals', recordId: 'g1' });
    history = historyReducer(history, { type: 'back' });
    expect(currentVisit(history).recordId).toBeUndefined();
  });

  it(`keeps at most ${HISTORY_LIMIT} visits`, () => {
    const events: HistoryEvent[] = Array.from({ length: HISTORY_LIMIT * 2 }, (_, i) => ({
      type: 'go',
      place: i % 2 ? 'journal' : 'settings',
    }));
    const history = run(events);
    expect(history.visits).toHaveLength(HISTORY_LIMIT);
    expect(history.index).toBe(HISTORY_LIMIT - 1);
  });

  it('opens an entry from search at the match once; going back there opens the list', () => {
    let history = run([{ type: 'go', place: 'journal', entryId: 'e1', find: 'lake' }]);
    expect(currentVisit(history)).toMatchObject({ entryId: 'e1', find: 'lake' });
    history = run([{ type: 'go', place: 'settings' }, { type: 'back' }], history);
    expect(currentVisit(history).find).toBeUndefined();
    expect(currentVisit(run([{ type: 'go', place: 'goals', find: 'x' }])).find).toBeUndefined();
  });
});
