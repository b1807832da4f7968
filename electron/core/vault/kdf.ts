import { scrypt } from 'node:crypto';
import { KEY_BYTES } from './crypto';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/**
 * The app's setting (OWASP's scrypt recommendation): about half a second here. Tests pass a
 * cheaper setting explicitly; nothing in the app ever falls back to a cheap one.
 */
export const APP_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

/** Accepted range when reading a header, so a tampered header can't ask for absurd work. */
export function isSaneKdf(params: ScryptParams): boolean {
  const { N, r, p } = params;
  return (
    Number.isInteger(N) &&
    N >= 2 ** 4 &&
    N <= 2 ** 22 &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16
  );
}

/** Passphrases are NFC-normalised so the same words typed on another keyboard still unlock. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function derivePassphraseKey(
  passphrase: string,
  salt: Buffer,
  params: ScryptParams,
): Promise<Buffer> {
  const { N, r, p } = params;
  const maxmem = Math.max(256 * 1024 * 1024, 128 * N * r * p * 2);
  return new Promise((resolve, reject) => {
    scrypt(normalizePassphrase(passphrase), salt, KEY_BYTES, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
