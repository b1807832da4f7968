import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { z } from '../../../shared/zod';
import { ensureDir, fsyncDir, writeFileAtomic } from './atomicFile';
import { sha256Hex } from './crypto';
import { decryptFile, type KeyInfo } from './encryptedFile';
import { VaultError, errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';
import {
  HEADER_FILE,
  MIRROR_FILE,
  headerExists,
  parseHeader,
  readHeader,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  type KeyHeader,
} from './header';
import { acquireLock, releaseLock } from './lockFile';
import { MANIFEST_FILE, manifestSchema } from './manifest';
import { migrateManifest } from './migrations';
import { parseRecoveryKey } from './recoveryKey';
import { backupsToDelete, type RetentionItem } from './retention';
import { finishSwap, stageAndCommit } from './stagedSwap';
import type { Vault } from './vault';
import { encryptedFileNames, vaultFileNames } from './vaultFiles';

/**
 * Encrypted backups: a backup is a folder holding byte-for-byte copies of the vault's files
 * (both key header copies, the manifest, every shard; never plaintext) and `backup.json`
 * (when, what kind, each file's size and SHA-256; nothing personal). It is copied inside the
 * write queue (no save can interleave), read back and decrypted file by file with the key,
 * and only then given its final name: a folder without `backup.json` never counts.
 */
export const BACKUP_META = 'backup.json';
const PARTIAL_PREFIX = '.partial-';
const AUTOMATIC_EVERY_MS = 20 * 3_600_000;

const backupMetaSchema = z.object({
  format: z.literal('waypoint-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  kind: z.enum(['automatic', 'manual', 'before-restore']),
  vaultId: z.string(),
  keyVersion: z.number().int(),
  /** The journal opened without damage when this was taken. */
  sound: z.boolean(),
  /** When every file was read back and decrypted with the key; null: not checked. */
  verifiedAt: z.string().nullable(),
  files: z.array(
    z.object({ name: z.string(), bytes: z.number().int().min(0), sha256: z.string() }),
  ),
});
type BackupMeta = z.infer<typeof backupMetaSchema>;
export type BackupKind = BackupMeta['kind'];

export interface BackupInfo {
  /** The folder name inside the backup folder. */
  id: string;
  path: string;
  createdAt: string;
  kind: BackupKind;
  bytes: number;
  verified: boolean;
  sound: boolean;
  keyVersion: number;
}

export type Credential = { passphrase: string } | { recoveryKey: string };

const DAMAGED_BACKUP =
  "This backup is damaged or incomplete, so it can't be used. Nothing was changed.";
const NOT_A_BACKUP = "This folder isn't a Waypoint backup. Nothing was changed.";

/** The default backup folder: beside the vault folder, inside the app's data folder. */
export function defaultBackupFolder(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}-backups`);
}

function folderName(createdAt: Date): string {
  const stamp = createdAt.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `waypoint-${stamp}-${randomBytes(3).toString('hex')}`;
}

function info(root: string, id: string, meta: BackupMeta): BackupInfo {
  return {
    id,
    path: join(root, id),
    createdAt: meta.createdAt,
    kind: meta.kind,
    bytes: meta.files.reduce((n, f) => n + f.bytes, 0),
    verified: meta.verifiedAt !== null,
    sound: meta.sound,
    keyVersion: meta.keyVersion,
  };
}

/** Copies the named vault files into `dest` (fsynced); returns what was copied. */
async function copyFiles(
  from: string,
  dest: string,
  names: readonly string[],
  fs: VaultFs,
): Promise<BackupMeta['files']> {
  const files: BackupMeta['files'] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(join(from, name));
    } catch (error) {
      // A missing mirror copy is not worth failing a backup over; the primary is there.
      if (name === MIRROR_FILE && errnoCode(error) === 'ENOENT') continue;
      throw error;
    }
    await writeFileAtomic(join(dest, name), bytes, fs);
    files.push({ name, bytes: bytes.length, sha256: sha256Hex(bytes) });
  }
  return files;
}

/**
 * Reads every file of a backup back and checks it: its checksum, a sound key header of the
 * same vault and key version, every encrypted file opening under `key`, and the manifest
 * matching the shards. Returns the problem, or null when the backup opens.
 */
async function checkCopy(
  folder: string,
  files: BackupMeta['files'],
  key: KeyInfo & { vaultId: string },
  fs: VaultFs,
): Promise<string | null> {
  const generations = new Map<string, number>();
  let manifest: z.infer<typeof manifestSchema> | null = null;
  let soundHeader = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(join(folder, file.name));
    } catch {
      return `${file.name} is missing`;
    }
    if (bytes.length !== file.bytes || sha256Hex(bytes) !== file.sha256)
      return `${file.name} does not match its checksum`;
    if (file.name === HEADER_FILE || file.name === MIRROR_FILE) {
      const header = parseHeader(bytes);
      if (header?.vaultId === key.vaultId && header.keyVersion === key.keyVersion)
        soundHeader = true;
      continue;
    }
    const outcome = decryptFile(key, { vaultId: key.vaultId, name: file.name }, bytes);
    if (!outcome.ok) return `${file.name} does not open (${outcome.reason})`;
    generations.set(file.name, outcome.generation);
    if (file.name === MANIFEST_FILE) {
      try {
        const raw: unknown = JSON.parse(outcome.plaintext.toString('utf8'));
        migrateManifest(raw);
        manifest = manifestSchema.parse(raw);
      } catch {
        return 'the index does not open';
      }
    }
    outcome.plaintext.fill(0);
  }
  if (!soundHeader) return 'its key file does not match';
  if (!manifest) return 'the index is missing';
  for (const [name, expected] of Object.entries(manifest.shards)) {
    const generation = generations.get(name);
    if (generation === undefined) {
      if (expected.count > 0) return `${name} is missing`;
    } else if (generation !== expected.generation) return `${name} is out of step with the index`;
  }
  return null;
}

async function readMeta(folder: string, fs: VaultFs): Promise<BackupMeta | null> {
  try {
    return backupMetaSchema.parse(
      JSON.parse((await fs.readFile(join(folder, BACKUP_META))).toString('utf8')),
    );
  } catch {
    return null;
  }
}

/** Writes backup.json, then gives the folder its final name: from here on it counts. */
async function seal(root: string, partial: string, meta: BackupMeta, fs: VaultFs): Promise<string> {
  await writeFileAtomic(join(partial, BACKUP_META), Buffer.from(JSON.stringify(meta, null, 2)), fs);
  const id = folderName(new Date(meta.createdAt));
  await fs.rename(partial, join(root, id));
  await fsyncDir(root, fs);
  return id;
}

async function partialFolder(root: string, fs: VaultFs): Promise<string> {
  await ensureDir(root, fs);
  return join(root, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}`);
}

/** A damaged journal (something set aside) still gets backed up, but not as "sound". */
function isSound(vault: Vault): boolean {
  return !vault.notices.some((n) => n.kind === 'shard_damaged' || n.kind === 'shard_rolled_back');
}

/**
 * Takes a backup of an open vault into `root`: copied inside the write queue, then read
 * back and opened with the key. A copy that doesn't open is removed and never counts.
 */
export async function takeBackup(
  vault: Vault,
  root: string,
  options: { kind: BackupKind; now: Date; fs?: VaultFs },
): Promise<BackupInfo> {
  const fs = options.fs ?? nodeFs;
  const partial = await partialFolder(root, fs);
  try {
    return await vault.whileWritesPaused(async (key) => {
      try {
        const files = await copyFiles(vault.dir, partial, await vaultFileNames(vault.dir), fs);
        const problem = await checkCopy(partial, files, key, fs);
        if (problem !== null) {
          throw new VaultError(
            'save_failed',
            "The backup didn't read back correctly, so it wasn't kept. Please try again, or choose another backup folder.",
          );
        }
        const meta: BackupMeta = {
          format: 'waypoint-backup',
          formatVersion: 1,
          createdAt: options.now.toISOString(),
          kind: options.kind,
          vaultId: key.vaultId,
          keyVersion: key.keyVersion,
          sound: isSound(vault),
          verifiedAt: options.now.toISOString(),
          files,
        };
        return info(root, await seal(root, partial, meta, fs), meta);
      } finally {
        key.dek.fill(0);
      }
    });
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof VaultError) throw error;
    throw new VaultError(
      'save_failed',
      "Couldn't write the backup to that folder. Check that the drive is connected and has space, then try again.",
      undefined,
      { cause: error },
    );
  }
}

/** Every backup in `root` that counts (sealed with backup.json), newest first. */
export async function listBackups(root: string, fs: VaultFs = nodeFs): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch {
    return [];
  }
  const found: BackupInfo[] = [];
  for (const id of names) {
    if (id.startsWith(PARTIAL_PREFIX)) continue;
    const meta = await readMeta(join(root, id), fs);
    if (meta) found.push(info(root, id, meta));
  }
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Deletes automatic backups retention no longer keeps, and leftovers of cut-off backups. */
export async function pruneBackups(
  root: string,
  now: Date,
  fs: VaultFs = nodeFs,
): Promise<string[]> {
  const backups = await listBackups(root, fs);
  const items: RetentionItem[] = backups.map((b) => ({
    id: b.id,
    createdAt: b.createdAt,
    kind: b.kind,
    sound: b.sound && b.verified,
  }));
  const gone = backupsToDelete(items, now);
  for (const id of gone) await fs.rm(join(root, id), { recursive: true, force: true });
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of names)
    if (name.startsWith(PARTIAL_PREFIX))
      await fs.rm(join(root, name), { recursive: true, force: true });
  return gone;
}

/** Takes an automatic backup if the newest one is older than about a day; then prunes. */
export async function autoBackupIfDue(
  vault: Vault,
  root: string,
  now: Date,
  fs: VaultFs = nodeFs,
): Promise<BackupInfo | null> {
  const newest = (await listBackups(root, fs)).find((b) => b.kind === 'automatic');
  if (newest && now.getTime() - Date.parse(newest.createdAt) < AUTOMATIC_EVERY_MS) return null;
  const taken = await takeBackup(vault, root, { kind: 'automatic', now, fs });
  await pruneBackups(root, now, fs);
  return taken;
}

async function unwrap(header: KeyHeader, credential: Credential): Promise<Buffer> {
  return 'passphrase' in credential
    ? unwrapWithPassphrase(header, credential.passphrase)
    : unwrapWithRecoveryKey(header, parseRecoveryKey(credential.recoveryKey));
}

/**
 * Proves a backup opens with the passphrase or recovery key it was made with: its key
 * header unwraps, and every file reads back, matches its checksum and decrypts. Writes
 * nothing. Throws wrong_passphrase / wrong_recovery_key, or data_damaged.
 */
export async function openBackup(
  folder: string,
  credential: Credential,
  fs: VaultFs = nodeFs,
): Promise<{ header: KeyHeader; meta: BackupMeta }> {
  const meta = await readMeta(folder, fs);
  if (!meta) throw new VaultError('invalid_input', NOT_A_BACKUP);
  let header: KeyHeader;
  try {
    header = (await readHeader(folder, fs)).header;
  } catch {
    throw new VaultError('data_damaged', DAMAGED_BACKUP);
  }
  const dek = await unwrap(header, credential);
  try {
    const key = { dek, keyVersion: header.keyVersion, vaultId: header.vaultId };
    if ((await checkCopy(folder, meta.files, key, fs)) !== null)
      throw new VaultError('data_damaged', DAMAGED_BACKUP);
  } finally {
    dek.fill(0);
  }
  return { header, meta };
}

/**
 * Keeps the vault that is about to be replaced as a backup (kind before-restore). Checked
 * with the same credential when it opens with it (usually the same passphrase).
 */
async function keepCurrent(
  dataDir: string,
  root: string,
  credential: Credential,
  now: Date,
  fs: VaultFs,
): Promise<BackupInfo> {
  const partial = await partialFolder(root, fs);
  try {
    const files = await copyFiles(dataDir, partial, await vaultFileNames(dataDir, fs), fs);
    let verifiedAt: string | null = null;
    let vaultId = '';
    let keyVersion = 0;
    try {
      const header = (await readHeader(partial, fs)).header;
      vaultId = header.vaultId;
      keyVersion = header.keyVersion;
      const dek = await unwrap(header, credential);
      const problem = await checkCopy(partial, files, { dek, keyVersion, vaultId }, fs);
      dek.fill(0);
      if (problem === null) verifiedAt = now.toISOString();
    } catch {
      // A damaged journal or another passphrase: kept all the same, marked "not checked".
    }
    const meta: BackupMeta = {
      format: 'waypoint-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
      kind: 'before-restore',
      vaultId,
      keyVersion,
      sound: verifiedAt !== null,
      verifiedAt,
      files,
    };
    const id = await seal(root, partial, meta, fs);
    return info(root, id, meta);
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw new VaultError(
      'save_failed',
      "Couldn't keep a copy of your current journal before restoring, so nothing was changed. Check the backup folder has space, then try again.",
      undefined,
      { cause: error },
    );
  }
}

/**
 * Restore: first proves the backup opens with `credential` (nothing is touched if it
 * doesn't), then keeps the current vault as a backup in `root`, then replaces the vault's
 * files in one switch (stagedSwap.ts): cut off at any point, the old vault or the restored
 * one opens. The vault must not be open (the caller locks it first); this takes its lock.
 */
export async function restoreBackup(options: {
  dataDir: string;
  folder: string;
  credential: Credential;
  root: string;
  now: Date;
  fs?: VaultFs;
}): Promise<{ kept: BackupInfo | null; restored: BackupInfo }> {
  const fs = options.fs ?? nodeFs;
  const { header, meta } = await openBackup(options.folder, options.credential, fs);
  const { dataDir } = options;
  await ensureDir(dataDir, fs);
  await acquireLock(dataDir, fs);
  try {
    const kept = (await headerExists(dataDir, fs))
      ? await keepCurrent(dataDir, options.root, options.credential, options.now, fs)
      : null;
    const files = new Map<string, Buffer>();
    for (const file of meta.files) {
      if (file.name === HEADER_FILE || file.name === MIRROR_FILE) continue;
      const bytes = await fs.readFile(join(options.folder, file.name));
      // Read again since it was proven: it must still be the same bytes.
      if (sha256Hex(bytes) !== file.sha256) throw new VaultError('data_damaged', DAMAGED_BACKUP);
      files.set(file.name, bytes);
    }
    const remove = (await encryptedFileNames(dataDir, fs)).filter((name) => !files.has(name));
    await stageAndCommit(dataDir, header, files, remove, fs);
    await finishSwap(dataDir, header, fs);
    return { kept, restored: info(dirname(options.folder), basename(options.folder), meta) };
  } finally {
    await releaseLock(dataDir, fs);
  }
}
