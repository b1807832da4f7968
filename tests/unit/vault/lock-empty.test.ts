import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireLock, releaseLock } from '../../../electron/core/vault/lockFile';
import { ensureDir } from '../../../electron/core/vault/atomicFile';
import { makeTempDir } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await ensureDir(dir);
});
afterEach(async () => cleanup());

/**
 * Between another process's exclusive create of the lock and its write, the lock is empty.
 * Taking an empty lock for a stale one let two processes open the journal at once.
 */
describe('an empty lock file', () => {
  it('is waited for: another process that just created it keeps it', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    // pid 1 always runs on this host: the process that is writing its lock right now.
    const written = new Promise<void>((resolve) =>
      setTimeout(() => {
        void writeFile(join(dir, LOCK_FILE), JSON.stringify({ host: hostname(), pid: 1 })).then(
          resolve,
        );
      }, 60),
    );
    await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'locked_by_other' });
    await written;
  });

  it('left empty by a crash is taken over after a short wait', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    await acquireLock(dir);
    await releaseLock(dir);
  });
});
