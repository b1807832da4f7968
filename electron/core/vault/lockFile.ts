import { hostname } from 'node:os';
import { join } from 'node:path';
import { FILE_MODE } from './atomicFile';
import { MESSAGES, VaultError, errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';

/**
 * `vault.lock`: host name and process id of the one process that has the vault unlocked.
 * A lock left by a process that no longer runs on this host is taken over.
 */
export const LOCK_FILE = 'vault.lock';

interface LockInfo {
  host: string;
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function readLock(dir: string, fs: VaultFs): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(
      (await fs.readFile(join(dir, LOCK_FILE))).toString('utf8'),
    ) as Partial<LockInfo>;
    if (typeof info.host === 'string' && typeof info.pid === 'number')
      return { host: info.host, pid: info.pid };
    return { host: '', pid: 0 };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    return { host: '', pid: 0 };
  }
}

/** True when another live process holds the vault. Reads only. */
export async function isHeldByOther(dir: string, fs: VaultFs = nodeFs): Promise<boolean> {
  const info = await readLock(dir, fs);
  if (!info) return false;
  if (info.host === hostname() && info.pid === process.pid) return false;
  if (info.host === hostname()) return isAlive(info.pid);
  // A lock from another host (a synced folder): respect it; the user can remove it by hand.
  return info.host !== '';
}

export async function acquireLock(dir: string, fs: VaultFs = nodeFs): Promise<void> {
  if (await isHeldByOther(dir, fs)) throw new VaultError('locked_by_other', MESSAGES.lockedByOther);
  await fs.rm(join(dir, LOCK_FILE), { force: true });
  let handle;
  try {
    handle = await fs.open(join(dir, LOCK_FILE), 'wx', FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST')
      throw new VaultError('locked_by_other', MESSAGES.lockedByOther);
    throw error;
  }
  try {
    await handle.writeFile(
      Buffer.from(
        JSON.stringify({ host: hostname(), pid: process.pid, since: new Date().toISOString() }),
      ),
    );
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function releaseLock(dir: string, fs: VaultFs = nodeFs): Promise<void> {
  const info = await readLock(dir, fs);
  if (info && info.host === hostname() && info.pid === process.pid)
    await fs.rm(join(dir, LOCK_FILE), { force: true });
}
