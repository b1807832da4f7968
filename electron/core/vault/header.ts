import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from '../../../shared/zod';
import { writeFileAtomic } from './atomicFile';
import { hkdf, open, seal, sha256Hex, type Sealed } from './crypto';
import { MESSAGES, VaultError, errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';
import { derivePassphraseKey, isSaneKdf, type ScryptParams } from './kdf';

/**
 * The key header (`vault.key` + `vault.key.mirror`): the data key (DEK) wrapped twice, by the
 * passphrase key and by the recovery key, plus a SHA-256 checksum of its own content. A
 * checksum failure means "damaged" (use the mirror), never "wrong passphrase".
 */
export const HEADER_FILE = 'vault.key' as const;
export const MIRROR_FILE = 'vault.key.mirror' as const;
export const FORMAT_VERSION = 1;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const sealedSchema = z.strictObject({ nonce: b64, tag: b64, ciphertext: b64 });
const headerBodySchema = z.strictObject({
  format: z.literal('waypoint-key-header'),
  formatVersion: z.literal(FORMAT_VERSION),
  vaultId: z.string().regex(/^[a-f0-9]{32}$/),
  keyVersion: z.number().int().min(1),
  createdAt: z.string(),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: b64,
  }),
  passphraseWrap: sealedSchema,
  recoveryWrap: z.strictObject({ salt: b64, nonce: b64, tag: b64, ciphertext: b64 }),
});
export type KeyHeader = z.infer<typeof headerBodySchema>;
type SealedText = z.infer<typeof sealedSchema>;

const toText = (s: Sealed): SealedText => ({
  nonce: s.nonce.toString('base64'),
  tag: s.tag.toString('base64'),
  ciphertext: s.ciphertext.toString('base64'),
});
const fromText = (s: SealedText): Sealed => ({
  nonce: Buffer.from(s.nonce, 'base64'),
  tag: Buffer.from(s.tag, 'base64'),
  ciphertext: Buffer.from(s.ciphertext, 'base64'),
});

function wrapAad(
  header: Pick<KeyHeader, 'vaultId' | 'keyVersion'>,
  purpose: 'passphrase' | 'recovery',
): Buffer {
  return Buffer.from(
    `waypoint-dek|${header.vaultId}|${header.keyVersion}|${FORMAT_VERSION}|${purpose}`,
  );
}

function recoveryWrappingKey(recoveryBytes: Buffer, salt: Buffer): Buffer {
  // The recovery key is already 160 random bits: HKDF, not a slow KDF, is the right tool.
  return hkdf(recoveryBytes, salt, 'waypoint recovery-key wrap v1');
}

export async function buildHeader(options: {
  vaultId: string;
  keyVersion: number;
  dek: Buffer;
  passphrase: string;
  recoveryKey: Buffer;
  kdf: ScryptParams;
  now: Date;
}): Promise<KeyHeader> {
  const salt = randomBytes(16);
  const recoverySalt = randomBytes(16);
  const ids = { vaultId: options.vaultId, keyVersion: options.keyVersion };
  const passphraseKey = await derivePassphraseKey(options.passphrase, salt, options.kdf);
  const passphraseWrap = seal(passphraseKey, options.dek, wrapAad(ids, 'passphrase'));
  const recoveryWrap = seal(
    recoveryWrappingKey(options.recoveryKey, recoverySalt),
    options.dek,
    wrapAad(ids, 'recovery'),
  );
  return {
    format: 'waypoint-key-header',
    formatVersion: FORMAT_VERSION,
    ...ids,
    createdAt: options.now.toISOString(),
    kdf: {
      name: 'scrypt',
      N: options.kdf.N,
      r: options.kdf.r,
      p: options.kdf.p,
      salt: salt.toString('base64'),
    },
    passphraseWrap: toText(passphraseWrap),
    recoveryWrap: { salt: recoverySalt.toString('base64'), ...toText(recoveryWrap) },
  };
}

/** Re-wrap the same DEK under a new passphrase (passphrase change keeps the recovery wrap). */
export async function rewrapPassphrase(
  header: KeyHeader,
  dek: Buffer,
  passphrase: string,
  kdf: ScryptParams,
): Promise<KeyHeader> {
  const salt = randomBytes(16);
  const key = await derivePassphraseKey(passphrase, salt, kdf);
  return {
    ...header,
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    passphraseWrap: toText(seal(key, dek, wrapAad(header, 'passphrase'))),
  };
}

/** A new recovery wrap of the same DEK: the previous recovery key stops working. */
export function rewrapRecovery(header: KeyHeader, dek: Buffer, recoveryKey: Buffer): KeyHeader {
  const salt = randomBytes(16);
  const sealed = seal(recoveryWrappingKey(recoveryKey, salt), dek, wrapAad(header, 'recovery'));
  return { ...header, recoveryWrap: { salt: salt.toString('base64'), ...toText(sealed) } };
}

/** Returns the DEK, or throws wrong_passphrase. */
export async function unwrapWithPassphrase(header: KeyHeader, passphrase: string): Promise<Buffer> {
  const { salt, ...params } = header.kdf;
  const key = await derivePassphraseKey(passphrase, Buffer.from(salt, 'base64'), params);
  try {
    return open(key, fromText(header.passphraseWrap), wrapAad(header, 'passphrase'));
  } catch {
    throw new VaultError('wrong_passphrase', MESSAGES.wrongPassphrase);
  }
}

export function unwrapWithRecoveryKey(header: KeyHeader, recoveryKey: Buffer | null): Buffer {
  if (!recoveryKey) throw new VaultError('wrong_recovery_key', MESSAGES.wrongRecoveryKey);
  const { salt, ...sealed } = header.recoveryWrap;
  try {
    return open(
      recoveryWrappingKey(recoveryKey, Buffer.from(salt, 'base64')),
      fromText(sealed),
      wrapAad(header, 'recovery'),
    );
  } catch {
    throw new VaultError('wrong_recovery_key', MESSAGES.wrongRecoveryKey);
  }
}

export function serializeHeader(header: KeyHeader): Buffer {
  const body = JSON.stringify(header);
  return Buffer.from(JSON.stringify({ body, sha256: sha256Hex(body) }, null, 2) + '\n');
}

/** Parses and checks one header file's bytes; null if damaged in any way. */
export function parseHeader(bytes: Buffer): KeyHeader | null {
  try {
    const outer = z
      .strictObject({ body: z.string(), sha256: z.string() })
      .parse(JSON.parse(bytes.toString('utf8')));
    if (sha256Hex(outer.body) !== outer.sha256) return null;
    const header = headerBodySchema.parse(JSON.parse(outer.body));
    const { salt: _salt, ...params } = header.kdf;
    // Byte-exact: even a change the JSON parser would forgive (whitespace) counts as damage.
    return isSaneKdf(params) && serializeHeader(header).equals(bytes) ? header : null;
  } catch {
    return null;
  }
}

export interface HeaderReadResult {
  header: KeyHeader;
  /** Which copies need rewriting once the user has proven they hold the key. */
  primaryNeedsRepair: boolean;
  mirrorNeedsRepair: boolean;
  /** Which copy was unreadable (as opposed to merely out of date), to tell the user. */
  damaged: 'vault.key' | 'vault.key.mirror' | null;
}

async function readOptional(path: string, fs: VaultFs): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Reads the header, falling back to the mirror. Writes nothing. */
export async function readHeader(dir: string, fs: VaultFs = nodeFs): Promise<HeaderReadResult> {
  const [primaryBytes, mirrorBytes] = await Promise.all([
    readOptional(join(dir, HEADER_FILE), fs),
    readOptional(join(dir, MIRROR_FILE), fs),
  ]);
  if (primaryBytes === null && mirrorBytes === null)
    throw new VaultError('no_vault', MESSAGES.noVault);
  const primary = primaryBytes ? parseHeader(primaryBytes) : null;
  const mirror = mirrorBytes ? parseHeader(mirrorBytes) : null;
  if (primary) {
    const same = mirrorBytes !== null && primaryBytes !== null && mirrorBytes.equals(primaryBytes);
    return {
      header: primary,
      primaryNeedsRepair: false,
      mirrorNeedsRepair: !same,
      // A sound mirror of another journal is damage too, never repaired silently.
      damaged: mirror?.vaultId === primary.vaultId ? null : MIRROR_FILE,
    };
  }
  if (mirror)
    return {
      header: mirror,
      primaryNeedsRepair: true,
      mirrorNeedsRepair: false,
      damaged: HEADER_FILE,
    };
  throw new VaultError('header_damaged', MESSAGES.headerDamaged, HEADER_FILE);
}

/** Header first, mirror second: at every instant at least one sound copy exists. */
export async function writeHeader(
  dir: string,
  header: KeyHeader,
  fs: VaultFs = nodeFs,
): Promise<void> {
  const bytes = serializeHeader(header);
  const previous = await readOptional(join(dir, HEADER_FILE), fs).catch(() => null);
  try {
    await writeFileAtomic(join(dir, HEADER_FILE), bytes, fs);
  } catch (error) {
    throw new VaultError('save_failed', HEADER_SAVE_FAILED, HEADER_FILE, { cause: error });
  }
  try {
    await writeFileAtomic(join(dir, MIRROR_FILE), bytes, fs);
  } catch (error) {
    // Put the previous key file back (best effort), so the change fails as a whole and the
    // passphrase that worked before still works; if even that fails, the new one does.
    if (previous) await writeFileAtomic(join(dir, HEADER_FILE), previous, fs).catch(() => null);
    throw new VaultError('save_failed', HEADER_SAVE_FAILED, MIRROR_FILE, { cause: error });
  }
}

const HEADER_SAVE_FAILED =
  "Couldn't save this change to the disk just now, so nothing was changed. Please try again.";

export async function headerExists(dir: string, fs: VaultFs = nodeFs): Promise<boolean> {
  const [a, b] = await Promise.all([
    readOptional(join(dir, HEADER_FILE), fs),
    readOptional(join(dir, MIRROR_FILE), fs),
  ]);
  return a !== null || b !== null;
}
