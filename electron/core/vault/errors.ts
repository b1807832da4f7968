import type { ErrorCode } from '../../../shared/result';

/**
 * A failure the user can act on. The message is shown as is, so it is plain and kind and
 * never contains journal text, passphrases, keys or paths outside the vault.
 */
export class VaultError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'VaultError';
  }
}

export const MESSAGES = {
  wrongPassphrase: "That passphrase doesn't unlock this journal.",
  wrongRecoveryKey: "That recovery key doesn't unlock this journal.",
  headerDamaged:
    "This journal's key file and its backup copy are both damaged, so it can't be opened. Nothing has been changed on disk.",
  manifestDamaged:
    "This journal's index file is damaged, so it can't be opened safely. Nothing has been changed on disk.",
  noVault: 'There is no journal in this folder yet.',
  vaultExists: 'A journal already exists in this folder.',
  lockedByOther:
    'This journal is open in another Waypoint window or program. Close it there first.',
  diskError:
    "Waypoint couldn't read your journal's files from the disk. Nothing has been changed. Check that the drive is connected and try again.",
  saveFailed: "Couldn't save just now. Your text is kept and Waypoint will try again.",
  tooNew:
    'This journal was saved by a newer version of Waypoint, so this version can only leave it as it is: nothing has been changed. Please update Waypoint to open it.',
  selfTest:
    "This computer's encryption library did not pass Waypoint's self-test, so Waypoint won't open.",
} as const;

export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
