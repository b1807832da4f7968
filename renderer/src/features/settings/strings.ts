export const settingsStrings = {
  title: 'Settings',

  passphraseHeading: 'Passphrase',
  passphraseIntro:
    'Change the passphrase you use to unlock Waypoint. Your recovery key keeps working.',
  currentLabel: 'Current passphrase',
  newLabel: 'New passphrase',
  confirmLabel: 'Confirm new passphrase',
  change: 'Change passphrase',
  changing: 'Changing…',
  changed: 'Your passphrase has been changed.',

  autoLockHeading: 'Auto-lock',
  autoLockIntro: 'Waypoint locks itself when you haven’t used it for a while.',
  autoLockLabel: 'Lock automatically after',
  never: 'Never',
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  custom: (n: number) =>
    n < 1 ? `${Math.round(n * 60)} seconds (custom)` : `${n} minutes (custom)`,
  saved: 'Saved.',

  appearanceHeading: 'Appearance',
  appearanceIntro: 'These also apply to the unlock screen.',
  themeLegend: 'Theme',
  themes: { system: 'Match my system', light: 'Light', dark: 'Dark' },
  textSizeLegend: 'Text size',
  textSizes: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },

  loadFailed: "Settings couldn't be loaded.",
} as const;
