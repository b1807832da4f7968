import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  actionShortcuts,
  findAction,
  filterActions,
} from '../../../renderer/src/app/actions';
import { PLACES } from '../../../renderer/src/app/navigation/places';
import { matchesShortcut, shortcutText } from '../../../renderer/src/app/commands/shortcuts';

const key = (
  k: string,
  mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean } = {},
) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('the action registry', () => {
  it('has a "Go to" action for every place, and the app-wide actions', () => {
    const ids = ACTIONS.map((a) => a.id);
    for (const place of PLACES) expect(ids).toContain(`go.${place}`);
    for (const id of ['nav.back', 'nav.forward', 'journal.new', 'app.lock', 'app.help']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives no two actions the same shortcut', () => {
    const keys = ACTIONS.flatMap((a) => actionShortcuts(a).map((k) => shortcutText(k)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('opens journal search with Ctrl+K or Ctrl+F, typing or not', () => {
    const search = findAction('journal.search');
    expect(actionShortcuts(search).map((k) => shortcutText(k))).toEqual(['Ctrl+K', 'Ctrl+F']);
    expect(search.inTextFields).toBe(true);
  });

  it('lets only locking work while a dialog is open', () => {
    expect(ACTIONS.filter((a) => a.whileDialogOpen).map((a) => a.id)).toEqual(['app.lock']);
  });

  it('keeps single-key shortcuts out of text fields', () => {
    for (const action of ACTIONS) {
      const s = action.shortcut;
      if (s && !s.mod && !s.alt) expect(action.inTextFields, action.id).toBe(false);
    }
  });

  it('filters by every word typed, in any order and case', () => {
    expect(filterActions(ACTIONS, 'thought GO').map((a) => a.id)).toEqual(['go.thoughtRecords']);
    expect(filterActions(ACTIONS, '  ')).toHaveLength(ACTIONS.length);
    expect(filterActions(ACTIONS, 'no such thing')).toEqual([]);
  });
});

describe('shortcut matching', () => {
  const palette = { key: 'p', mod: true, shift: true };

  it('takes Ctrl or ⌘ as the modifier, with the exact other modifiers', () => {
    expect(matchesShortcut(key('P', { ctrlKey: true, shiftKey: true }), palette)).toBe(true);
    expect(matchesShortcut(key('P', { metaKey: true, shiftKey: true }), palette)).toBe(true);
    expect(matchesShortcut(key('p', { ctrlKey: true }), palette)).toBe(false);
    expect(
      matchesShortcut(key('P', { ctrlKey: true, shiftKey: true, altKey: true }), palette),
    ).toBe(false);
  });

  it('treats "?" as a character, whatever Shift it took to type', () => {
    expect(matchesShortcut(key('?', { shiftKey: true }), { key: '?' })).toBe(true);
    expect(matchesShortcut(key('?', { ctrlKey: true, shiftKey: true }), { key: '?' })).toBe(false);
  });

  it('spells shortcuts out for people', () => {
    expect(shortcutText(palette)).toBe('Ctrl+Shift+P');
    expect(shortcutText({ key: 'ArrowLeft', alt: true })).toBe('Alt+←');
    expect(shortcutText({ key: '?' })).toBe('?');
  });
});

describe('menu events', () => {
  it('every menu event runs an action that exists', async () => {
    const { MENU_EVENT_ACTIONS, EVENTS } = await import('../../../shared/channels');
    const { findAction } = await import('../../../renderer/src/app/actions');
    for (const [event, actionId] of Object.entries(MENU_EVENT_ACTIONS)) {
      expect(() => findAction(actionId), event).not.toThrow();
      expect(EVENTS).toContain(event);
    }
  });
});
