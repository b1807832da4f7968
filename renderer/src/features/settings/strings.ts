export const settingsStrings = {
  title: 'Settings',
  saved: 'Saved.',
  loadFailed: "Settings couldn't be loaded.",

  securityHeading: 'Security',
  securityIntro: 'How your journal is locked and what can be seen from outside it.',

  passphraseHeading: 'Passphrase',
  passphraseIntro:
    'Change the passphrase you use to unlock Waypoint. Your recovery key keeps working.',
  currentLabel: 'Current passphrase',
  newLabel: 'New passphrase',
  confirmLabel: 'Confirm new passphrase',
  change: 'Change passphrase',
  changing: 'Changing…',
  changed: 'Your passphrase has been changed.',

  recoveryHeading: 'Recovery key',
  recoveryIntro:
    'Lost your recovery key, or worried someone has seen it? Make a new one. The old key stops working at once.',
  recoveryPassphraseLabel: 'Your passphrase',
  regenerate: 'Make a new recovery key',
  regenerating: 'Making a new key…',
  newKeyTitle: 'Your new recovery key',
  newKeyIntro: 'This is shown only this once. Your old recovery key no longer opens this journal.',
  newKeyAdvice:
    'Keep it somewhere safe that is not this computer: printed on paper, in a password manager, or on a USB stick in a drawer.',
  newKeyStored: "I've stored the new key safely",
  newKeyDone: 'Done',

  lockingHeading: 'Locking',
  autoLockLabel: 'Lock automatically after',
  autoLockHint: 'Waypoint locks itself when you haven’t used it for a while.',
  never: 'Never',
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  custom: (n: number) =>
    n < 1 ? `${Math.round(n * 60)} seconds (custom)` : `${n} minutes (custom)`,
  lockOnSuspendLabel: 'Lock when the computer sleeps or the screen locks',

  privacyHeading: 'Privacy',
  clipboardLabel: 'Clear copied text from the clipboard after',
  clipboardHint:
    'Text you copy from Waypoint, such as part of an entry or your recovery key, is removed from the clipboard after this time and when Waypoint locks, unless you choose Never. If you have copied something else since, it is left alone.',
  seconds: (n: number) => (n < 60 ? `${n} seconds` : n === 60 ? '1 minute' : `${n / 60} minutes`),
  excludeCaptureLabel: 'Hide Waypoint from screenshots and screen sharing',
  excludeCaptureHint:
    'Asks your computer to leave this window out of screenshots, recordings and shared screens. Not every system supports this.',

  appearanceHeading: 'Appearance',
  appearanceIntro: 'Theme and text size also apply to the unlock screen.',
  themeLegend: 'Theme',
  themes: { system: 'Match my system', light: 'Light', dark: 'Dark' },
  textSizeLegend: 'Text size',
  textSizes: { small: 'Small', medium: 'Medium', large: 'Large', 'x-large': 'Extra large' },
  editorFontLegend: 'Writing font',
  editorFonts: { serif: 'Serif', sans: 'Sans serif', mono: 'Monospace' },
  editorFontHint: 'The font of your entries. Waypoint uses fonts already on your computer.',

  journalHeading: 'Journal',
  weekStartLabel: 'Weeks start on',
  weekStarts: { 1: 'Monday', 0: 'Sunday', 6: 'Saturday' },
  measuresEveryLabel: 'Questionnaires: suggest every',
  everyDays: (days: number) => `${days} days`,
  dateFormatLabel: 'Date format',
  dateFormats: {
    system: 'Match my system',
    iso: 'Year-month-day',
    'day-month': 'Day month year',
    'month-day': 'Month day, year',
  },
  example: (label: string, example: string) => `${label} (${example})`,
  onThisDayLabel: 'Show “On this day”',
  onThisDayHint:
    'Shows what you wrote on this date in earlier years. Looking back can be helpful, and it can also bring up hard memories, so it is off unless you turn it on. You can turn it off again at any time.',
  remindersLabel: 'Gentle reminders',
  remindersHint:
    'Once a day, a quiet notification: “Time to rehearse your plans”. It never shows anything you have written, so nothing private appears on a lock screen.',
  reminderTimeLabel: 'Remind me at',
  reminderTimeHint: 'Your computer’s local time. Used while reminders are on.',

  dataHeading: 'Data',
  dataIntro: 'Your journal is stored, encrypted, in this folder on this computer.',
  dataFolderLabel: 'Journal folder',
  reveal: 'Show in file manager',
  revealFailed: "The folder couldn't be opened.",
  version: (v: string) => `Waypoint version ${v}`,
  infoLoading: 'Looking up the folder…',
} as const;
