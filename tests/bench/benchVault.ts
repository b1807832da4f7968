import type { ScryptParams } from '../../electron/core/vault/kdf';

/** The vault's real format with a cheap KDF; the app's own KDF is timed separately. */
export const BENCH_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1 };
export const BENCH_PASSPHRASE = 'benchmark passphrase 2026';
