/** Names of the app's actions, as the command palette and the shortcut sheet show them. */
export const commandStrings = {
  groups: { navigate: 'Go to', journal: 'Journal', app: 'App' },
  goTo: (place: string) => `Go to ${place}`,
  back: 'Go back',
  forward: 'Go forward',
  newEntry: 'New entry',
  search: 'Search the journal',
  lock: 'Lock',
  toggleTheme: 'Switch between light and dark theme',
  palette: 'Open the command palette',
  shortcuts: 'Show keyboard shortcuts',
  help: 'Need help now?',

  paletteTitle: 'Command palette',
  paletteLabel: 'Type a command',
  palettePlaceholder: 'Type to find an action…',
  paletteListLabel: 'Actions',
  paletteNoMatch: 'No action matches that. Try another word.',
  paletteCount: (n: number) => (n === 1 ? '1 action' : `${n} actions`),
  paletteHint: '↑ ↓ to choose, Enter to run, Esc to close',

  sheetTitle: 'Keyboard shortcuts',
  sheetIntro:
    'Everything in Waypoint works from the keyboard. Tab moves between controls; these shortcuts save a few steps.',
  sheetAction: 'Action',
  sheetKeys: 'Shortcut',
  sheetTab: 'Move to the next or previous control',
  sheetTabKeys: 'Tab / Shift+Tab',
  sheetOr: 'or',
  close: 'Close',
} as const;
