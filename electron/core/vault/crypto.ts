import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  scryptSync,
} from 'node:crypto';
import { MESSAGES, VaultError } from './errors';

/** AES-256-GCM with a fresh random 96-bit nonce for every message. */
export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export interface Sealed {
  nonce: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function seal(
  key: Buffer,
  plaintext: Buffer,
  aad: Buffer,
  nonce = randomBytes(NONCE_BYTES),
): Sealed {
  const { tag, ciphertext } = sealPieces(key, [plaintext], aad, nonce);
  return { nonce, tag, ciphertext: Buffer.concat(ciphertext) };
}

/**
 * `seal` for plaintext in pieces: each is encrypted in turn and the ciphertext comes back in
 * pieces too, so a caller laying out a file joins everything once (no 256 KB copies between).
 */
export function sealPieces(
  key: Buffer,
  plaintext: readonly Buffer[],
  aad: Buffer,
  nonce = randomBytes(NONCE_BYTES),
): { nonce: Buffer; tag: Buffer; ciphertext: Buffer[] } {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = plaintext.map((piece) => cipher.update(piece));
  ciphertext.push(cipher.final());
  return { nonce, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws if the key, the associated data or any byte of the message is wrong. */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hkdf(ikm: Buffer, salt: Buffer, info: Buffer | string, length = KEY_BYTES): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * Known-answer tests, run at start: Electron ships BoringSSL, not Node's OpenSSL, so we
 * prove the primitives we rely on compute the published values on this very build.
 */
export function runCryptoSelfTest(): void {
  const hex = (s: string) => Buffer.from(s, 'hex');
  const checks: [string, () => boolean][] = [
    [
      'sha256',
      () => sha256Hex('abc') === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    [
      'aes-256-gcm',
      () => {
        // McGrew & Viega GCM test case 14: zero key, zero IV, one zero block.
        const key = Buffer.alloc(32);
        const sealed = seal(key, Buffer.alloc(16), Buffer.alloc(0), Buffer.alloc(12));
        const good =
          sealed.ciphertext.equals(hex('cea7403d4d606b6e074ec5d3baf39d18')) &&
          sealed.tag.equals(hex('d0d1c8a799996bf0265b98b5d48ab919'));
        let tamperDetected = false;
        try {
          open(key, { ...sealed, tag: Buffer.alloc(16) }, Buffer.alloc(0));
        } catch {
          tamperDetected = true;
        }
        return (
          good && tamperDetected && open(key, sealed, Buffer.alloc(0)).equals(Buffer.alloc(16))
        );
      },
    ],
    [
      'hkdf-sha256',
      () =>
        // RFC 5869 test case 1.
        hkdf(
          Buffer.alloc(22, 0x0b),
          hex('000102030405060708090a0b0c'),
          hex('f0f1f2f3f4f5f6f7f8f9'),
          42,
        ).equals(
          hex(
            '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
          ),
        ),
    ],
    [
      'scrypt',
      () =>
        // RFC 7914 test vector 2.
        scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).equals(
          hex(
            'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
          ),
        ),
    ],
  ];
  for (const [name, check] of checks) {
    let passed: boolean;
    try {
      passed = check();
    } catch {
      passed = false;
    }
    if (!passed) throw new VaultError('crypto_self_test_failed', `${MESSAGES.selfTest} (${name})`);
  }
}
