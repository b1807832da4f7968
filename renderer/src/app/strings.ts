/**
 * The shell's words. Pure data (no DOM), so the Electron side's unit tests can check that
 * main's window-title allow-list matches these section names.
 */
export const appStrings = {
  appName: 'Waypoint',
  tagline: 'Your private journal',
  loading: 'Opening Waypoint…',
  startFailedTitle: "Waypoint couldn't open your journal",
  startFailedHint: 'Nothing has been changed. You can try again.',
  tryAgain: 'Try again',
  navLabel: 'Main',
  /** Section names: sidebar, page titles and the window title ("Goals — Waypoint"). */
  places: {
    home: 'Home',
    journal: 'Journal',
    goals: 'Goals',
    thoughtRecords: 'Thought records',
    plans: 'Plans',
    skills: 'Skills',
    checkIns: 'Check-ins',
    sessions: 'Sessions & summary',
    settings: 'Settings',
  },
  windowTitle: (section: string) => `${section} — Waypoint`,
  skipToContent: 'Skip to content',
  showMenu: 'Show menu labels',
  hideMenu: 'Hide menu labels',
  menu: 'Menu',
  lock: 'Lock',
  lockHint: (shortcut: string) => `Lock now (${shortcut})`,
  noticesLabel: 'Notices',
  dismiss: 'Dismiss',
  dismissNotices: 'Dismiss notices',
  restoreFromBackup: 'Restore from a backup',
  openPalette: 'Command palette',
  openShortcuts: 'Keyboard shortcuts',
} as const;
