import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBackupFolder } from '../../../electron/core/vault/backup';
import { Vault } from '../../../electron/core/vault/vault';
import { docToText } from '../../../shared/journal';
import { doc, makeTempDir, PASSPHRASE, snapshot, TEST_KDF } from '../../support/vaultFixtures';
import { runCli } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let env: Record<string, string>;
let entryId = '';
let recoveryKey = '';

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-cli-backup-'));
  env = { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: PASSPHRASE };
  const created = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
  recoveryKey = created.recoveryKey;
  entryId = (await created.vault.createEntry('2026-11-03', { content: doc('First words') })).id;
  await created.vault.close();
});
afterEach(async () => cleanup());

async function setText(text: string): Promise<void> {
  const vault = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
  await vault.saveEntry({ id: entryId, content: doc(text) });
  await vault.close();
}

async function currentText(): Promise<string> {
  const vault = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
  try {
    return docToText(vault.getEntry(entryId)?.content ?? doc(''));
  } finally {
    await vault.close();
  }
}

/** The one backup folder `waypoint backup` made in `root`. */
async function onlyBackup(root: string): Promise<string> {
  const names = (await readdir(root)).filter((n) => n.startsWith('waypoint-'));
  expect(names).toHaveLength(1);
  return join(root, names[0] ?? '');
}

describe('waypoint backup and restore', () => {
  it('backup → change → restore brings the old text back, keeping the replaced journal', async () => {
    const backedUp = await runCli(['backup'], { env, now: new Date('2026-11-20T09:00:00Z') });
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(/Backed up and checked/);
    expect(backedUp.stdout).toMatch(/2026-11-20T09:00:00.000Z\s+\d+ KB\s+verified/);
    expect(backedUp.stdout + backedUp.stderr).not.toContain('First words');
    const folder = await onlyBackup(defaultBackupFolder(dir));

    await setText('Changed later');
    const restored = await runCli(['restore', folder], { env });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored the journal/);
    expect(restored.stdout).toMatch(/kept as a backup/);
    expect(await currentText()).toBe('First words');

    const verify = await runCli(['verify'], { env });
    expect(verify.code).toBe(0);
  });

  it('--to writes into a chosen folder; restore works with the recovery key', async () => {
    const other = await makeTempDir('waypoint-cli-elsewhere-');
    try {
      const backedUp = await runCli(['backup', '--to', other.dir], { env });
      expect(backedUp.code).toBe(0);
      const folder = await onlyBackup(other.dir);
      await setText('Changed later');
      const restored = await runCli(['restore', folder], {
        env: { WAYPOINT_DATA_DIR: dir, WAYPOINT_RECOVERY_KEY: recoveryKey },
      });
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/same recovery key/);
      const vault = await Vault.openWithRecoveryKey(dir, recoveryKey, { kdf: TEST_KDF });
      expect(docToText(vault.getEntry(entryId)?.content ?? doc(''))).toBe('First words');
      await vault.close();
    } finally {
      await other.cleanup();
    }
  });

  it('exit codes: wrong passphrase 3, damaged backup 4, not a backup 2, no argument 2; nothing changed', async () => {
    expect((await runCli(['backup'], { env })).code).toBe(0);
    const folder = await onlyBackup(defaultBackupFolder(dir));
    await setText('Current text');
    const before = await snapshot(dir);

    const wrong = await runCli(['restore', folder], {
      env: { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: 'not the right one' },
    });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/doesn't unlock/);

    const shard = join(folder, 'entries', '2026-11.wpv');
    const bytes = await readFile(shard);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await writeFile(shard, bytes);
    const damaged = await runCli(['restore', folder], { env });
    expect(damaged.code).toBe(4);
    expect(damaged.stderr).toMatch(/backup is damaged/);

    const notBackup = await runCli(['restore', dir], { env });
    expect(notBackup.code).toBe(2);
    expect(notBackup.stderr).toMatch(/isn't a Waypoint backup/);

    expect((await runCli(['restore'], { env })).code).toBe(2);
    expect(
      (await runCli(['backup'], { env: { ...env, WAYPOINT_PASSPHRASE: 'nope nope nope' } })).code,
    ).toBe(3);

    expect(await snapshot(dir)).toEqual(before);
    expect(await currentText()).toBe('Current text');
  });

  it('backup of a folder with no journal exits 6', async () => {
    const empty = await makeTempDir('waypoint-cli-empty-');
    try {
      const result = await runCli(['backup'], { env: { ...env, WAYPOINT_DATA_DIR: empty.dir } });
      expect(result.code).toBe(6);
    } finally {
      await empty.cleanup();
    }
  });
});
