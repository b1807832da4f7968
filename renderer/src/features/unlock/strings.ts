export const unlockStrings = {
  title: 'Welcome back',
  intro: 'Your journal is locked. Enter your passphrase to open it.',
  passphraseLabel: 'Passphrase',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  useRecoveryKey: 'Use your recovery key instead',
  /** Shown only when the journal's lock names another computer (a synced folder). */
  takeOver: 'It’s closed there — open it here anyway',

  recoveryTitle: 'Use your recovery key',
  recoveryIntro:
    'Enter the recovery key you saved when you created your journal. Spaces and dashes are fine. After that, you will choose a new passphrase.',
  recoveryLabel: 'Recovery key',
  recoveryUnlock: 'Unlock with recovery key',
  usePassphrase: 'Use my passphrase instead',

  newTitle: 'Choose a new passphrase',
  newIntro:
    'Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same, so keep it safe.',
  newLabel: 'New passphrase',
  confirmLabel: 'Confirm new passphrase',
  save: 'Save new passphrase',
  saving: 'Saving…',
} as const;
