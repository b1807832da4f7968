export const onboardingStrings = {
  welcomeTitle: 'Welcome to Waypoint',
  privacy:
    'Everything you write stays on this computer, encrypted with a passphrase that only you know. Nothing is sent anywhere unless you choose to export it.',
  choose: 'Choose a passphrase',
  passphraseLabel: 'Passphrase',
  confirmLabel: 'Confirm passphrase',
  warningTitle: 'Please keep this in mind',
  warning:
    'If you forget your passphrase and also lose your recovery key, nobody — not even us — can open this journal.',
  create: 'Create my journal',
  creating: 'Creating your journal…',

  keyTitle: 'Your recovery key',
  keyIntro:
    'If you ever forget your passphrase, this key is the only other way into your journal. It is shown only this once.',
  keyLabel: 'Recovery key',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the key and copy it by hand, or save it as a file.",
  saveFile: 'Save as file…',
  fileName: 'waypoint-recovery-key.txt',
  fileText: (key: string) =>
    `Waypoint recovery key\n\n${key}\n\nKeep this somewhere safe and private. With it, anyone can open your journal; without it and your passphrase, nobody can.\n`,
  keyAdvice:
    'Keep it somewhere safe that is not this computer: printed on paper, in a password manager, or on a USB stick in a drawer.',
  stored: "I've stored it safely",
  continue: 'Continue',
} as const;
