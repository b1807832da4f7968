import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_MODE } from './atomicFile';
import { MESSAGES, VaultError, errnoCode } from './errors';

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

async function readLock(dir: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as Partial<LockInfo>;
    if (typeof info.host === 'string' && typeof info.pid === 'number')
      return { host: info.host, pid: info.pid };
    return { host: '', pid: 0 };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    return { host: '', pid: 0 };
  }
}

/** True when another live process holds the vault. Reads only. */
export async function isHeldByOther(dir: string): Promise<boolean> {
  const info = await readLock(dir);
  if (!info) return false;
  if (info.host === hostname() && info.pid === process.pid) return false;
  if (info.host === hostname()) return isAlive(info.pid);
  // A lock from another host (a synced folder): respect it; the user can remove it by hand.
  return info.host !== '';
}

export async function acquireLock(dir: string): Promise<void> {
  if (await isHeldByOther(dir)) throw new VaultError('locked_by_other', MESSAGES.lockedByOther);
  await rm(join(dir, LOCK_FILE), { force: true });
  let handle;
  try {
    handle = await open(join(dir, LOCK_FILE), 'wx', FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === 'EEXIST')
      throw new VaultError('locked_by_other', MESSAGES.lockedByOther);
    throw error;
  }
  try {
    await handle.writeFile(
      JSON.stringify({ host: hostname(), pid: process.pid, since: new Date().toISOString() }),
    );
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function releaseLock(dir: string): Promise<void> {
  const info = await readLock(dir);
  if (info && info.host === hostname() && info.pid === process.pid)
    await rm(join(dir, LOCK_FILE), { force: true });
}
