import type { ErrorCode } from '../../../shared/result';

/** Process exit codes. Documented in `waypoint --help` and docs/cli.md; keep them stable. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  wrongPassphrase: 3,
  damaged: 4,
  locked: 5,
  vaultPresence: 6,
  disk: 7,
  cancelled: 130,
} as const;

/** The exit code for a VaultError code. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'wrong_passphrase':
    case 'wrong_recovery_key':
      return EXIT.wrongPassphrase;
    case 'header_damaged':
    case 'data_damaged':
    case 'vault_too_new':
      return EXIT.damaged;
    case 'locked_by_other':
    case 'locked_elsewhere':
      return EXIT.locked;
    case 'no_vault':
    case 'vault_exists':
      return EXIT.vaultPresence;
    case 'disk_error':
    case 'save_failed':
      return EXIT.disk;
    case 'invalid_input':
    case 'too_large':
    case 'not_found':
      return EXIT.usage;
    default:
      return EXIT.unexpected;
  }
}

/** A failure with a one-line, human message and a chosen exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}
