import { NONCE_BYTES, TAG_BYTES, open, sealPieces } from './crypto';
import { FORMAT_VERSION } from './header';

/**
 * Layout of every encrypted file (manifest and shards), all binary, no base64:
 *
 *   "WPV1" | formatVersion u16 | keyVersion u32 | generation u64 | nonce 12 | tag 16 | ciphertext
 *
 * The AAD is the 18-byte prefix plus the vault id and the file's name inside the vault, so a
 * file cannot be moved to another name or vault, and its generation cannot be edited to hide
 * a rollback, without the tag failing.
 */
const MAGIC = Buffer.from('WPV1', 'latin1');
const PREFIX_BYTES = 4 + 2 + 4 + 8;
export const ENVELOPE_BYTES = PREFIX_BYTES + NONCE_BYTES + TAG_BYTES;

export interface FileIdentity {
  vaultId: string;
  /** Path inside the vault, with forward slashes, e.g. `entries/2026-11.wpv`. */
  name: string;
}

export interface KeyInfo {
  dek: Buffer;
  keyVersion: number;
}

function aad(prefix: Buffer, id: FileIdentity): Buffer {
  return Buffer.concat([prefix, Buffer.from(`|${id.vaultId}|${id.name}`, 'utf8')]);
}

export function encryptFile(
  key: KeyInfo,
  id: FileIdentity,
  generation: number,
  plaintext: Buffer | readonly Buffer[],
): Buffer {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(FORMAT_VERSION, 4);
  prefix.writeUInt32BE(key.keyVersion, 6);
  prefix.writeBigUInt64BE(BigInt(generation), 10);
  const pieces = Buffer.isBuffer(plaintext) ? [plaintext] : plaintext;
  const sealed = sealPieces(key.dek, pieces, aad(prefix, id));
  return Buffer.concat([prefix, sealed.nonce, sealed.tag, ...sealed.ciphertext]);
}

export type DecryptOutcome =
  | { ok: true; generation: number; plaintext: Buffer }
  | { ok: false; reason: 'truncated' | 'not_waypoint' | 'wrong_key_version' | 'tampered' };

/** Never throws: damage of any kind is reported as a reason. */
export function decryptFile(key: KeyInfo, id: FileIdentity, bytes: Buffer): DecryptOutcome {
  if (bytes.length < ENVELOPE_BYTES) return { ok: false, reason: 'truncated' };
  if (!bytes.subarray(0, 4).equals(MAGIC)) return { ok: false, reason: 'not_waypoint' };
  const prefix = bytes.subarray(0, PREFIX_BYTES);
  if (prefix.readUInt32BE(6) !== key.keyVersion) return { ok: false, reason: 'wrong_key_version' };
  const generation = Number(prefix.readBigUInt64BE(10));
  const nonce = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + NONCE_BYTES);
  const tag = bytes.subarray(PREFIX_BYTES + NONCE_BYTES, ENVELOPE_BYTES);
  const ciphertext = bytes.subarray(ENVELOPE_BYTES);
  try {
    const plaintext = open(key.dek, { nonce, tag, ciphertext }, aad(prefix, id));
    return { ok: true, generation, plaintext };
  } catch {
    return { ok: false, reason: 'tampered' };
  }
}
