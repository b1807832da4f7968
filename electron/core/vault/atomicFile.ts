import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
const TEMP_SUFFIX = '.wp-tmp';

/**
 * Replace `path` with `data` so that after a crash or power loss the file holds either the
 * old bytes or the new ones, never a mix: unique temp file in the same folder → write →
 * fsync → rename over the target → fsync the folder (so the rename itself is durable).
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  fs: VaultFs = nodeFs,
): Promise<void> {
  const dir = dirname(path);
  await ensureDir(dir, fs);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await fs.open(temp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  try {
    await handle.close();
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir, fs);
}

/**
 * mkdir -p, then fsync the parent of every folder it created: a new folder's name is only
 * durable once its parent's entries are, and a file inside a lost folder is lost too.
 */
export async function ensureDir(dir: string, fs: VaultFs = nodeFs): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
  if (first === undefined) return;
  const created: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    created.unshift(d);
    if (d === first || dirname(d) === d) break;
  }
  for (const d of created) await fsyncDir(dirname(d), fs);
}

/** Folder fsync failures that mean "this file system can't", not "this write may be lost". */
const CANNOT_SYNC_FOLDERS = new Set(['EINVAL', 'ENOTSUP', 'EISDIR']);

export async function fsyncDir(dir: string, fs: VaultFs = nodeFs): Promise<void> {
  // Windows cannot open or fsync a folder; a rename there is durable once it returns.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // An I/O error here (EIO, ENOSPC) means the rename may not survive a power cut, so the
    // save must not be reported as done.
    if (!CANNOT_SYNC_FOLDERS.has(errnoCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

/** Temp files left by a write that was cut off. Safe to delete once the vault is unlocked. */
export async function removeStrayTempFiles(dir: string, fs: VaultFs = nodeFs): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(dir, { recursive: true });
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith(TEMP_SUFFIX)) {
      await fs.rm(join(dir, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}

export function isTempFile(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX);
}
