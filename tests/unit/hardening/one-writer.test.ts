import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/handlerTable';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fsLayer';
import { acquireLock } from '../../../electron/core/vault/lockFile';
import { Vault } from '../../../electron/core/vault/vault';
import { bundleForNode } from '../../hardening-support/bundle';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

/**
 * One writer: real processes hold the vault (tests/hardening-support/holder.ts). A second
 * process is refused with a clear "already open"; a lock left by a killed process is taken
 * over, by exactly one of two processes racing for it; a lock naming another computer is
 * reported, not broken, until the user chooses to take it over.
 */

const opts = { kdf: TEST_KDF };
let child = '';
let cleanupBundle: () => Promise<void> = () => Promise.resolve();
beforeAll(async () => {
  const out = await makeTempDir('waypoint-holder-');
  cleanupBundle = out.cleanup;
  child = await bundleForNode('tests/hardening-support/holder.ts', out.dir);
}, 60_000);
afterAll(async () => cleanupBundle());

let dir: string;
let cleanup: () => Promise<void>;
const running: ChildProcess[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const { vault } = await Vault.create(dir, PASSPHRASE, opts);
  await vault.createEntry('2026-11-02', { content: doc('kept through all of this') });
  await vault.close();
});
afterEach(async () => {
  for (const proc of running.splice(0)) proc.kill('SIGKILL');
  await cleanup();
});

interface Holder {
  proc: ChildProcess;
  /** The child's first line: OPEN or ERR with its payload. */
  first: Promise<{ kind: string; payload: { code?: string; message?: string } }>;
  /** Closes stdin: the child closes the vault and exits. */
  release: () => Promise<void>;
}

function hold(): Holder {
  const proc = spawn(process.execPath, [child, dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  running.push(proc);
  const exited = new Promise<void>((resolve) =>
    proc.on('exit', () => {
      resolve();
    }),
  );
  const first = new Promise<{ kind: string; payload: { code?: string; message?: string } }>(
    (resolve, reject) => {
      createInterface({ input: proc.stdout }).once('line', (line) => {
        const space = line.indexOf(' ');
        resolve({ kind: line.slice(0, space), payload: JSON.parse(line.slice(space + 1)) });
      });
      proc.on('exit', (code) => {
        reject(new Error(`holder exited (${String(code)}) before a line`));
      });
    },
  );
  return {
    proc,
    first,
    release: async () => {
      proc.stdin.end();
      await exited;
    },
  };
}

describe('one writer, across real processes', () => {
  it('a second process is refused with "already open", and can open once the first closes', async () => {
    const first = hold();
    expect((await first.first).kind).toBe('OPEN');
    const lock = JSON.parse(await readFile(join(dir, 'vault.lock'), 'utf8'));
    expect(lock).toMatchObject({ host: hostname(), pid: first.proc.pid });

    const before = await snapshot(dir);
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'locked_by_other',
      message: expect.stringMatching(/open in another Waypoint window or program/),
    });
    const second = hold();
    expect(await second.first).toMatchObject({ kind: 'ERR', payload: { code: 'locked_by_other' } });
    expect(await snapshot(dir)).toEqual(before);

    await first.release();
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(vault.listEntries()).toHaveLength(1);
    await vault.close();
  });

  it('a lock left by a killed process is taken over, with every entry intact', async () => {
    const first = hold();
    expect((await first.first).kind).toBe('OPEN');
    const exited = new Promise((resolve) => first.proc.on('exit', resolve));
    first.proc.kill('SIGKILL');
    await exited;
    // The dead process's lock is still there…
    expect(JSON.parse(await readFile(join(dir, 'vault.lock'), 'utf8'))).toMatchObject({
      pid: first.proc.pid,
    });
    // …and is taken over.
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(JSON.parse(await readFile(join(dir, 'vault.lock'), 'utf8'))).toMatchObject({
      host: hostname(),
      pid: process.pid,
    });
    expect(vault.listEntries().map((e) => e.title)).toHaveLength(1);
    await vault.close();
  });

  it('two processes racing for a stale lock: exactly one gets the journal', async () => {
    for (let round = 0; round < 5; round += 1) {
      await writeFile(
        join(dir, 'vault.lock'),
        JSON.stringify({ host: hostname(), pid: 2 ** 22 + 11, since: '2026-01-01T00:00:00Z' }),
      );
      const racers = [hold(), hold()];
      const outcomes = await Promise.all(racers.map((r) => r.first));
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['ERR', 'OPEN']);
      expect(outcomes.find((o) => o.kind === 'ERR')?.payload.code).toBe('locked_by_other');
      const winner = racers[outcomes.findIndex((o) => o.kind === 'OPEN')];
      expect(JSON.parse(await readFile(join(dir, 'vault.lock'), 'utf8'))).toMatchObject({
        pid: winner?.proc.pid,
      });
      for (const racer of racers) await racer.release();
    }
  }, 60_000);
});

describe('taking over a stale lock, at the worst moment', () => {
  it('another process that took it over first keeps it: its lock is put back, never deleted', async () => {
    const stale = JSON.stringify({ host: hostname(), pid: 2 ** 22 + 11 });
    // pid 1 always runs: the other process that got there between our read and our rename.
    const theirs = JSON.stringify({ host: hostname(), pid: 1, since: '2026-11-26T04:00:00Z' });
    await writeFile(join(dir, 'vault.lock'), stale);
    let raced = false;
    const racingFs: VaultFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (!raced && from.endsWith('vault.lock')) {
          raced = true;
          await writeFile(join(dir, 'vault.lock'), theirs);
        }
        await nodeFs.rename(from, to);
      },
    };
    await expect(acquireLock(dir, racingFs)).rejects.toMatchObject({ code: 'locked_by_other' });
    expect(raced).toBe(true);
    expect(await readFile(join(dir, 'vault.lock'), 'utf8')).toBe(theirs);
    // Nothing left lying around.
    expect([...(await snapshot(dir)).keys()].filter((name) => name.endsWith('.old'))).toEqual([]);
  });
});

describe('a lock from another computer (a synced folder)', () => {
  const foreign = { host: 'sams-laptop', pid: 4242, since: '2026-11-20T08:00:00.000Z' };

  it('is reported with the computer, nothing is written, and only the user takes it over', async () => {
    await writeFile(join(dir, 'vault.lock'), JSON.stringify(foreign));
    const before = await snapshot(dir);
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'locked_elsewhere',
      message: expect.stringMatching(/another computer \("sams-laptop" since 2026-11-20\)/),
    });
    expect(await snapshot(dir)).toEqual(before);

    const vault = await Vault.open(dir, PASSPHRASE, { ...opts, takeOverOtherHost: true });
    expect(JSON.parse(await readFile(join(dir, 'vault.lock'), 'utf8'))).toMatchObject({
      host: hostname(),
      pid: process.pid,
    });
    expect(vault.listEntries()).toHaveLength(1);
    await vault.close();
  });

  it('through the handlers: the unlock answers locked_elsewhere; takeOverOtherHost opens it', async () => {
    await writeFile(join(dir, 'vault.lock'), JSON.stringify(foreign));
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    const handlers = createHandlers(session);
    expect(await handlers['vault:unlock']({ passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'locked_elsewhere' },
    });
    // A wrong passphrase is still refused, take-over or not.
    expect(
      await handlers['vault:unlock']({ passphrase: 'not it', takeOverOtherHost: true }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE, takeOverOtherHost: true });
    expect(session.isUnlocked()).toBe(true);
    await session.lock();
  });
});
