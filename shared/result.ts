/**
 * Errors cross the IPC boundary as values: Electron's ipcMain.handle drops custom error
 * properties, and a user should only ever see a plain, human message, never a stack.
 */
export const ERROR_CODES = [
  'invalid_input',
  'locked',
  'no_vault',
  'vault_exists',
  'wrong_passphrase',
  'wrong_recovery_key',
  'header_damaged',
  'data_damaged',
  'locked_by_other',
  'not_found',
  'too_large',
  'save_failed',
  'disk_error',
  'crypto_self_test_failed',
  'internal',
  'locked_elsewhere',
  'vault_too_new',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
