import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FILE_MODE } from './atomicFile';
import { MESSAGES, VaultError, errnoCode } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';

/**
 * `vault.lock`: host name and process id of the one process that has the vault unlocked.
 * A lock left by a process that no longer runs on this host is taken over; one from another
 * host (a synced folder) is reported and only taken over when the user says so.
 */
export const LOCK_FILE = 'vault.lock';

interface LockInfo {
  host: string;
  pid: number;
  since: string | null;
}

/** Who holds the vault, as far as the lock file says. */
export type LockHolder =
  /** No lock, our own, a stale one (its process gone from this host) or an unreadable one. */
  | { kind: 'free' }
  /** A live process on this computer. */
  | { kind: 'this_host'; pid: number }
  /** Another computer (a synced or shared folder): we can't tell whether it still runs. */
  | { kind: 'other_host'; host: string; since: string | null };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function readLock(dir: string, fs: VaultFs): Promise<LockInfo | null> {
  const raw = await readRaw(join(dir, LOCK_FILE), fs);
  return raw === null ? null : parseRaw(raw);
}

function holderOf(info: LockInfo | null): LockHolder {
  if (!info || info.host === '') return { kind: 'free' };
  if (info.host === hostname()) {
    if (info.pid === process.pid || !isAlive(info.pid)) return { kind: 'free' };
    return { kind: 'this_host', pid: info.pid };
  }
  return { kind: 'other_host', host: info.host, since: info.since };
}

/** Reads only. */
export async function lockHolder(dir: string, fs: VaultFs = nodeFs): Promise<LockHolder> {
  return holderOf(await readLock(dir, fs));
}

/** True when another live process, or another computer, holds the vault. Reads only. */
export async function isHeldByOther(dir: string, fs: VaultFs = nodeFs): Promise<boolean> {
  return (await lockHolder(dir, fs)).kind !== 'free';
}

/** The error to show for a holder, or null when the vault is free to open. */
export function lockError(holder: LockHolder): VaultError | null {
  if (holder.kind === 'this_host') return new VaultError('locked_by_other', MESSAGES.lockedByOther);
  if (holder.kind === 'other_host')
    return new VaultError('locked_elsewhere', lockedElsewhereMessage(holder.host, holder.since));
  return null;
}

export function lockedElsewhereMessage(host: string, since: string | null): string {
  const day = since && !Number.isNaN(Date.parse(since)) ? ` since ${since.slice(0, 10)}` : '';
  return (
    `This journal looks open on another computer ("${host.slice(0, 64)}"${day}), perhaps ` +
    'through a synced folder. Close Waypoint there first. If it is not open there any more, ' +
    'you can open it here anyway.'
  );
}

/**
 * An empty lock is one another process has just created and is about to write (its create and
 * its write are two steps): we wait this long for the content before judging it left behind
 * by a crash. Found by a real two-process race that both opened the journal.
 */
export const EMPTY_LOCK_PATIENCE_MS = 250;
const EMPTY_LOCK_POLL_MS = 25;

/** The lock's bytes, waiting while it is empty (being written by its new owner). */
async function settledLock(path: string, fs: VaultFs): Promise<Buffer | null> {
  let seen = await readRaw(path, fs);
  for (
    let waited = 0;
    seen !== null && seen.length === 0 && waited < EMPTY_LOCK_PATIENCE_MS;
    waited += EMPTY_LOCK_POLL_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, EMPTY_LOCK_POLL_MS));
    seen = await readRaw(path, fs);
  }
  return seen;
}

export interface AcquireOptions {
  /** The user chose to open a journal whose lock names another computer. */
  takeOverOtherHost?: boolean;
}

/**
 * Takes the lock. A free lock left behind (stale, unreadable) is first renamed out of the
 * way and checked: if what was renamed is not what we judged stale, another process took it
 * over in between, so it is put back and we stand down. Only one of two processes racing for
 * a stale lock gets it.
 */
export async function acquireLock(
  dir: string,
  fs: VaultFs = nodeFs,
  options: AcquireOptions = {},
): Promise<void> {
  const path = join(dir, LOCK_FILE);
  const seen = await settledLock(path, fs);
  if (seen !== null) {
    const holder = holderOf(parseRaw(seen));
    const refusal = lockError(holder);
    if (refusal && !(holder.kind === 'other_host' && options.takeOverOtherHost)) throw refusal;
    const aside = `${path}.${randomBytes(6).toString('hex')}.old`;
    try {
      await fs.rename(path, aside);
      const moved = await readRaw(aside, fs);
      if (moved === null || !moved.equals(seen)) {
        await fs.rename(aside, path);
        throw new VaultError('locked_by_other', MESSAGES.lockedByOther);
      }
      await fs.rm(aside, { force: true });
    } catch (error) {
      // Gone already: someone else is taking it; the exclusive create below decides.
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
  }
  let handle;
  try {
    handle = await fs.open(path, 'wx', FILE_MODE);
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

async function readRaw(path: string, fs: VaultFs): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    return Buffer.alloc(0);
  }
}

function parseRaw(bytes: Buffer): LockInfo {
  try {
    const info = JSON.parse(bytes.toString('utf8')) as Partial<LockInfo>;
    if (typeof info.host === 'string' && typeof info.pid === 'number')
      return {
        host: info.host,
        pid: info.pid,
        since: typeof info.since === 'string' ? info.since : null,
      };
  } catch {
    // Unreadable: free to take.
  }
  return { host: '', pid: 0, since: null };
}

export async function releaseLock(dir: string, fs: VaultFs = nodeFs): Promise<void> {
  const info = await readLock(dir, fs);
  if (info && info.host === hostname() && info.pid === process.pid)
    await fs.rm(join(dir, LOCK_FILE), { force: true });
}
