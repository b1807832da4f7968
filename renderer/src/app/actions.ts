/**
 * The one registry of the app's actions. The command palette lists them, the shortcut sheet
 * shows their keys, and one key handler runs them, so the three can't drift apart.
 */
import { isMac } from './platform';
import type { Navigation } from './navigation/NavigationContext';
import { PLACES, placeLabel, type Place } from './navigation/places';
import type { Shortcut } from './commands/shortcuts';
import { commandStrings as s } from './commands/strings';

export interface ActionContext {
  navigation: Navigation;
  newEntry: () => void;
  lock: () => void;
  toggleTheme: () => void;
  openPalette: () => void;
  openShortcuts: () => void;
  openHelp: () => void;
  openSearch: () => void;
}

export type ActionGroup = keyof typeof s.groups;

export interface AppAction {
  id: string;
  label: string;
  group: ActionGroup;
  shortcut?: Shortcut;
  /** More keys for the same action, shown after the main one (Ctrl+F for search, say). */
  alsoShortcuts?: readonly Shortcut[];
  /** The shortcut also works while typing (only for chorded keys). */
  inTextFields: boolean;
  /** The shortcut also works while a dialog is open (only locking: privacy first). */
  whileDialogOpen: boolean;
  run: (context: ActionContext) => void;
}

const PLACE_KEYS: Record<Place, string> = {
  home: '1',
  journal: '2',
  goals: '3',
  thoughtRecords: '4',
  plans: '5',
  skills: '8',
  checkIns: '6',
  sessions: '7',
  settings: ',',
};

const goActions: AppAction[] = PLACES.map((place) => ({
  id: `go.${place}`,
  label: s.goTo(placeLabel(place)),
  group: 'navigate',
  shortcut: { key: PLACE_KEYS[place], mod: true },
  inTextFields: true,
  whileDialogOpen: false,
  run: ({ navigation }) => {
    navigation.go(place);
  },
}));

export const ACTIONS: readonly AppAction[] = [
  ...goActions,
  {
    id: 'nav.back',
    label: s.back,
    group: 'navigate',
    shortcut: { key: 'ArrowLeft', alt: true },
    // On macOS, Option+arrow moves by word in text: leave it to the text there.
    inTextFields: !isMac,
    whileDialogOpen: false,
    run: ({ navigation }) => {
      navigation.back();
    },
  },
  {
    id: 'nav.forward',
    label: s.forward,
    group: 'navigate',
    shortcut: { key: 'ArrowRight', alt: true },
    inTextFields: !isMac,
    whileDialogOpen: false,
    run: ({ navigation }) => {
      navigation.forward();
    },
  },
  {
    id: 'journal.new',
    label: s.newEntry,
    group: 'journal',
    shortcut: { key: 'n', mod: true },
    inTextFields: true,
    whileDialogOpen: false,
    run: ({ newEntry }) => {
      newEntry();
    },
  },
  {
    id: 'journal.search',
    label: s.search,
    group: 'journal',
    shortcut: { key: 'k', mod: true },
    // Electron has no find-in-page, so Ctrl/⌘+F finds in the journal, editor included.
    alsoShortcuts: [{ key: 'f', mod: true }],
    inTextFields: true,
    whileDialogOpen: false,
    run: ({ openSearch }) => {
      openSearch();
    },
  },
  {
    id: 'app.lock',
    label: s.lock,
    group: 'app',
    shortcut: { key: 'l', mod: true },
    inTextFields: true,
    whileDialogOpen: true,
    run: ({ lock }) => {
      lock();
    },
  },
  {
    id: 'app.help',
    label: s.help,
    group: 'app',
    inTextFields: false,
    whileDialogOpen: false,
    run: ({ openHelp }) => {
      openHelp();
    },
  },
  {
    id: 'app.toggleTheme',
    label: s.toggleTheme,
    group: 'app',
    inTextFields: false,
    whileDialogOpen: false,
    run: ({ toggleTheme }) => {
      toggleTheme();
    },
  },
  {
    id: 'app.palette',
    label: s.palette,
    group: 'app',
    shortcut: { key: 'p', mod: true, shift: true },
    inTextFields: true,
    whileDialogOpen: false,
    run: ({ openPalette }) => {
      openPalette();
    },
  },
  {
    id: 'app.shortcuts',
    label: s.shortcuts,
    group: 'app',
    shortcut: { key: '?' },
    inTextFields: false,
    whileDialogOpen: false,
    run: ({ openShortcuts }) => {
      openShortcuts();
    },
  },
];

/** Every key that runs an action, the main one first. */
export function actionShortcuts(action: AppAction): Shortcut[] {
  return action.shortcut ? [action.shortcut, ...(action.alsoShortcuts ?? [])] : [];
}

export function findAction(id: string): AppAction {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`No action ${id}.`);
  return action;
}

/** Palette filtering: every word typed must appear in the label (any order, any case). */
export function filterActions(actions: readonly AppAction[], query: string): AppAction[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return actions.filter((action) => {
    const label = action.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}
