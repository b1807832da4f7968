/** Words for Settings → Backups and key rotation. */
export const backupStrings = {
  heading: 'Backups',
  intro:
    'Waypoint keeps encrypted copies of your journal, checked to open before they count. They open with the passphrase you had when each was made.',
  loading: 'Looking for backups…',
  lastBackup: (when: string, checked: boolean) =>
    `Last backup: ${when}${checked ? ', checked' : ', not checked'}.`,
  noBackups: 'No backups yet.',
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  backedUp: 'Backed up and checked.',
  automaticLabel: 'Back up automatically (about once a day, when you unlock)',
  automaticHint:
    'Recent days, weeks and months are kept, so a bad day can never replace every good copy.',
  folderLabel: 'Backup folder',
  folderDefault: '(the default, beside your journal)',
  folderAdvice:
    'Choose a folder on another disk, such as a USB drive, so one failing disk can’t take both your journal and its backups.',
  chooseFolder: 'Choose folder…',
  useDefaultFolder: 'Use the default folder',
  listHeading: 'Your backups',
  kinds: {
    automatic: 'Automatic',
    manual: 'Made by you',
    'before-restore': 'Kept before a restore',
  } as const,
  checked: 'Checked',
  notChecked: 'Not checked',
  size: (bytes: number) =>
    bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / (1024 * 1024)).toFixed(1)} MB`,
  restore: 'Restore…',
  restoreLabel: (when: string) => `Restore the backup from ${when}`,
  restoreTitle: (when: string) => `Restore the backup from ${when}?`,
  restoreExplain:
    'Your journal will be replaced by this backup. The journal as it is now is kept as a backup first, so you can go back.',
  restorePassphrase: 'Passphrase this backup was made with',
  restoreConfirm: 'Restore this backup',
  restoring: 'Restoring…',
  cancel: 'Cancel',
  restored: (when: string) => `Restored. Your journal is as it was on ${when}.`,

  rotateHeading: 'My passphrase or a backup may have been exposed',
  rotateIntro:
    'Waypoint can lock all your writing with a brand-new key. Copies made before now (backups, a synced folder) still open with your old passphrase and recovery key, but they can’t open anything you write from now on. You’ll get a new recovery key, and the old one stops working.',
  rotatePassphrase: 'Your passphrase',
  rotateAlsoNew: 'Also choose a new passphrase',
  rotateNewLabel: 'New passphrase',
  rotateConfirmLabel: 'Confirm new passphrase',
  rotate: 'Change the keys',
  rotating: 'Changing the keys…',
  rotated: 'Done: everything is now locked with a new key.',
};
