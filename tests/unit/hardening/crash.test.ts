import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFile } from '../../../electron/core/vault/atomicFile';
import { Vault } from '../../../electron/core/vault/vault';
import { BUDGET } from '../../hardening-support/budget';
import { bundleForNode } from '../../hardening-support/bundle';
import { entryHash, random } from '../../hardening-support/saverProtocol';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir } from '../../support/vaultFixtures';

/**
 * Crash safety: a child process saves entries in a loop (tests/hardening-support/saver.ts)
 * and is SIGKILLed at a random moment, hundreds of times. The next child's open is the
 * check: no damage notice, no temp file left after the unlock, and every entry at its last
 * acknowledged version or the one being written when the kill came.
 */

interface Version {
  version: number;
  hash: string;
}
interface InFlight {
  op: 'create' | 'save' | 'move';
  id?: string;
  version?: number;
  hash: string;
}
interface Opened {
  notices: string[];
  entries: [string, number, string, string][];
  temps: string[];
}

let child = '';
let cleanupBundle: () => Promise<void> = () => Promise.resolve();
beforeAll(async () => {
  const out = await makeTempDir('waypoint-saver-');
  cleanupBundle = out.cleanup;
  child = await bundleForNode('tests/hardening-support/saver.ts', out.dir);
}, 60_000);
afterAll(async () => cleanupBundle());

/** When to kill: so long after the spawn, after the open, or into the n-th save. */
type KillAt =
  { afterSpawnMs: number } | { afterOpenMs: number } | { saveNo: number; afterMs: number };

/** One run of the child, its lines collected, killed as `kill` says. */
function runChild(
  dir: string,
  seed: number,
  kill: KillAt,
): Promise<{ opened?: Opened; openedAtMs?: number; lines: string[]; exit: string }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [child, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let opened: Opened | undefined;
    let openedAtMs: number | undefined;
    let stderr = '';
    const killNow = () => proc.kill('SIGKILL');
    // The fallback timer only matters if the child stalls before the chosen moment.
    let timer = setTimeout(killNow, 'afterSpawnMs' in kill ? kill.afterSpawnMs : 20_000);
    let saves = 0;
    createInterface({ input: proc.stdout }).on('line', (line) => {
      lines.push(line);
      if (line.startsWith('OPENED ')) {
        opened = JSON.parse(line.slice(7)) as Opened;
        openedAtMs = performance.now() - started;
        if ('afterOpenMs' in kill) {
          clearTimeout(timer);
          timer = setTimeout(killNow, kill.afterOpenMs);
        }
      }
      if (line.startsWith('SAVING ')) {
        saves += 1;
        if ('saveNo' in kill && saves === kill.saveNo) {
          clearTimeout(timer);
          timer = setTimeout(killNow, kill.afterMs);
        }
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`saver exited on its own (${String(code)}): ${stderr.slice(0, 2000)}`));
        return;
      }
      resolvePromise({
        ...(opened ? { opened } : {}),
        ...(openedAtMs !== undefined ? { openedAtMs } : {}),
        lines,
        exit: signal,
      });
    });
  });
}

interface LaneReport {
  kills: number;
  killedBeforeOpen: number;
  killsWithSaveInFlight: number;
  inFlightLanded: number;
  acks: number;
}

/** Checks what a fresh open found against what was acknowledged; returns the new baseline. */
function check(
  opened: Opened,
  acked: Map<string, Version>,
  inFlight: InFlight | null,
  where: string,
): { state: Map<string, Version>; landed: boolean } {
  expect(
    opened.notices.filter((n) => n !== 'manifest_repaired'),
    `${where}: notices`,
  ).toEqual([]);
  expect(opened.temps, `${where}: temp files left after unlock`).toEqual([]);
  const state = new Map<string, Version>();
  let landed = false;
  for (const [id, version, hash] of opened.entries) {
    expect(state.has(id), `${where}: ${id} listed twice`).toBe(false);
    state.set(id, { version, hash });
    const before = acked.get(id);
    const isInFlight =
      inFlight !== null &&
      (inFlight.op === 'create'
        ? before === undefined && version === 1 && hash === inFlight.hash
        : inFlight.id === id && inFlight.version === version && inFlight.hash === hash);
    if (isInFlight) landed = true;
    else
      expect(
        { id, version, hash },
        `${where}: ${id} is neither at its acknowledged version nor the one being written`,
      ).toEqual({ id, ...before });
  }
  for (const id of acked.keys()) expect(state.has(id), `${where}: ${id} is missing`).toBe(true);
  return { state, landed };
}

async function lane(laneNo: number, kills: number, seed: number): Promise<LaneReport> {
  const { dir, cleanup } = await makeTempDir(`waypoint-crash-${laneNo}-`);
  try {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    for (const date of ['2026-01-05', '2026-02-10', '2025-12-24', '2026-03-01'])
      await vault.createEntry(date, { content: doc(`seed ${date}`) });
    let acked = new Map(
      vault.listEntries().map((e) => [e.id, { version: e.version, hash: entryHash(e) }]),
    );
    await vault.close();

    const next = random(seed);
    const report: LaneReport = {
      kills: 0,
      killedBeforeOpen: 0,
      killsWithSaveInFlight: 0,
      inFlightLanded: 0,
      acks: 0,
    };
    let inFlight: InFlight | null = null;
    let openEstimate = 120;
    for (let round = 0; round < kills; round += 1) {
      const childSeed = Math.floor(next() * 2 ** 31);
      // Mostly a few milliseconds into a save (a save takes ~4 ms here, so the kill lands
      // in any of its steps), sometimes anywhere in the save loop, sometimes during
      // start-up and the open (which may itself be finishing an interrupted save).
      const roll = next();
      const run = await runChild(
        dir,
        childSeed,
        roll < 0.6
          ? { saveNo: 1 + Math.floor(next() * 3), afterMs: next() * 5 }
          : roll < 0.85
            ? { afterOpenMs: next() * 40 }
            : { afterSpawnMs: openEstimate * (0.5 + next() * 0.6) },
      );
      report.kills += 1;
      const where = `lane ${laneNo} round ${round} (child seed ${childSeed})`;
      if (!run.opened) {
        report.killedBeforeOpen += 1;
        continue;
      }
      if (run.openedAtMs !== undefined) openEstimate = openEstimate * 0.8 + run.openedAtMs * 0.2;
      const verified = check(run.opened, acked, inFlight, where);
      if (verified.landed) report.inFlightLanded += 1;
      acked = verified.state;
      inFlight = null;
      // Replay what this child did after its open: acknowledged saves move the baseline.
      for (const line of run.lines) {
        if (line.startsWith('SAVING ')) inFlight = JSON.parse(line.slice(7)) as InFlight;
        if (line.startsWith('ACK ')) {
          const ack = JSON.parse(line.slice(4)) as { id: string } & Version;
          acked.set(ack.id, { version: ack.version, hash: ack.hash });
          inFlight = null;
          report.acks += 1;
        }
      }
      if (inFlight) report.killsWithSaveInFlight += 1;
    }

    // Finally the parent opens the vault itself and verifies every file.
    const final = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    const opened: Opened = {
      notices: final.notices.map((n) => n.kind),
      entries: final.listEntries().map((e) => [e.id, e.version, entryHash(e), e.date]),
      temps: (await readdir(dir, { recursive: true })).filter((n) => isTempFile(n)),
    };
    check(opened, acked, inFlight, `lane ${laneNo} final open`);
    await final.close();
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(await reopened.verify()).toMatchObject({ ok: true, problems: [] });
    expect(await readdir(join(dir))).not.toContain('set-aside');
    await reopened.close();
    return report;
  } finally {
    await cleanup();
  }
}

describe('crash safety: SIGKILL while saving', () => {
  it(
    `survives ${BUDGET.kills} kills at random moments with nothing lost or damaged`,
    async () => {
      const started = performance.now();
      const seed = Number(process.env.WAYPOINT_CRASH_SEED ?? Date.now() % 2 ** 31);
      const perLane = Math.ceil(BUDGET.kills / BUDGET.lanes);
      const reports = await Promise.all(
        Array.from({ length: BUDGET.lanes }, (_, i) => lane(i, perLane, seed + i * 7919)),
      );
      const total = reports.reduce((sum, r) => ({
        kills: sum.kills + r.kills,
        killedBeforeOpen: sum.killedBeforeOpen + r.killedBeforeOpen,
        killsWithSaveInFlight: sum.killsWithSaveInFlight + r.killsWithSaveInFlight,
        inFlightLanded: sum.inFlightLanded + r.inFlightLanded,
        acks: sum.acks + r.acks,
      }));
      console.log(
        `crash: seed ${seed}: ${total.kills} kills in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
          `${total.killsWithSaveInFlight} mid-save, ${total.killedBeforeOpen} during start-up or open, ` +
          `${total.inFlightLanded} interrupted saves found complete, ${total.acks} acknowledged saves`,
      );
      expect(total.kills).toBeGreaterThanOrEqual(BUDGET.kills);
      // The kills must really land inside saves, or the test proves nothing.
      expect(total.killsWithSaveInFlight).toBeGreaterThan(total.kills / 3);
    },
    BUDGET.testTimeoutMs,
  );
});
