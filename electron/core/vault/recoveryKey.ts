import { randomBytes } from 'node:crypto';

/**
 * The recovery key: 160 random bits written in Crockford base32 (no I, L, O, U), shown once
 * as eight groups of four characters. Reading it back forgives case, spaces, dashes and the
 * usual look-alikes (O→0, I/L→1).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 20;
const KEY_CHARS = 32;

function encode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

export function generateRecoveryKey(): { display: string; bytes: Buffer } {
  const bytes = randomBytes(KEY_BYTES);
  const chars = encode(bytes);
  return { display: chars.match(/.{4}/g)?.join('-') ?? chars, bytes };
}

/** Returns the key's bytes, or null if the text cannot be a recovery key. */
export function parseRecoveryKey(text: string): Buffer | null {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== KEY_CHARS) return null;
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of cleaned) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
