import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import {
  autoBackupIfDue,
  defaultBackupFolder,
  listBackups,
  openBackup,
  restoreBackup,
  takeBackup,
} from '../../../electron/core/vault/backup';
import { decryptFile } from '../../../electron/core/vault/encryptedFile';
import { nodeFs, type VaultFs } from '../../../electron/core/vault/fsLayer';
import { readHeader, unwrapWithPassphrase } from '../../../electron/core/vault/header';
import { Vault } from '../../../electron/core/vault/vault';
import { encryptedFileNames } from '../../../electron/core/vault/vaultFiles';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-backup-'));
  root = defaultBackupFolder(dir);
});
afterEach(async () => cleanup());
const opts = { kdf: TEST_KDF };
const NOW = new Date('2026-11-20T09:00:00Z');

async function vaultWith(text: string): Promise<{ vault: Vault; id: string; recoveryKey: string }> {
  const { vault, recoveryKey } = await Vault.create(dir, PASSPHRASE, opts);
  const entry = await vault.createEntry('2026-11-03', { content: doc(text) });
  await vault.createEntry('2026-10-12', { content: doc('October') });
  await vault.putRecord('settings', 'app', { autoLockMinutes: 5 });
  return { vault, id: entry.id, recoveryKey };
}

const textOf = (vault: Vault, id: string) => docToText(vault.getEntry(id)?.content ?? doc(''));

/** A file system that flips one byte of everything written under `under`. */
function corruptingFs(under: string): VaultFs {
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode);
      if (!path.startsWith(under) || flags !== 'wx') return handle;
      return {
        writeFile: (data) => {
          const bytes = Buffer.from(data);
          if (bytes.length > 40) bytes[40] = (bytes[40] ?? 0) ^ 0xff;
          return handle.writeFile(bytes);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('backups', () => {
  it('back up, change an entry, restore: the old text is back and the changed vault is kept', async () => {
    const { vault, id } = await vaultWith('Before the backup');
    const taken = await takeBackup(vault, root, { kind: 'manual', now: NOW });
    expect(taken).toMatchObject({ kind: 'manual', verified: true, sound: true });
    expect(taken.createdAt).toBe(NOW.toISOString());
    expect(taken.bytes).toBeGreaterThan(500);
    await vault.saveEntry({ id, content: doc('After the backup') });
    await vault.close();

    const { kept } = await restoreBackup({
      dataDir: dir,
      folder: taken.path,
      credential: { passphrase: PASSPHRASE },
      root,
      now: new Date('2026-11-21T09:00:00Z'),
    });
    const restored = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(restored, id)).toBe('Before the backup');
    expect(restored.listEntries()).toHaveLength(2);
    expect(restored.notices).toEqual([]);
    expect((await restored.verify()).ok).toBe(true);
    await restored.close();
    expect((await readdir(dir, { recursive: true })).filter((n) => n.includes('wp-'))).toEqual([]);

    // The vault it replaced was kept, checked, and restores too.
    expect(kept).toMatchObject({ kind: 'before-restore', verified: true });
    const list = await listBackups(root);
    expect(list.map((b) => b.kind)).toEqual(['before-restore', 'manual']);
    await restoreBackup({
      dataDir: dir,
      folder: kept?.path ?? '',
      credential: { passphrase: PASSPHRASE },
      root,
      now: new Date('2026-11-22T09:00:00Z'),
    });
    const back = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(back, id)).toBe('After the backup');
    await back.close();
  });

  it('a backup holds only encrypted copies: no entry text appears in any of its files', async () => {
    const { vault } = await vaultWith('A very private sentence');
    const taken = await takeBackup(vault, root, { kind: 'manual', now: NOW });
    await vault.close();
    for (const [name, bytes] of await snapshot(taken.path)) {
      expect(bytes.includes(Buffer.from('very private')), name).toBe(false);
    }
  });

  it('a backup that does not read back correctly is removed and never counts', async () => {
    const { vault, id } = await vaultWith('Text');
    await expect(
      takeBackup(vault, root, { kind: 'manual', now: NOW, fs: corruptingFs(root) }),
    ).rejects.toMatchObject({ code: 'save_failed' });
    expect(await listBackups(root)).toEqual([]);
    expect(await readdir(root)).toEqual([]);
    // The journal itself is untouched and still saves.
    await vault.saveEntry({ id, content: doc('Still saving') });
    expect(textOf(vault, id)).toBe('Still saving');
    await vault.close();
  });

  it('restore refuses a backup that does not open, and never touches the current vault', async () => {
    const { vault, id } = await vaultWith('Original');
    const taken = await takeBackup(vault, root, { kind: 'manual', now: NOW });
    await vault.saveEntry({ id, content: doc('Current') });
    await vault.close();
    const before = await snapshot(dir);
    const attempt = (credential: { passphrase: string } | { recoveryKey: string }) =>
      restoreBackup({ dataDir: dir, folder: taken.path, credential, root, now: NOW });

    await expect(attempt({ passphrase: 'not the passphrase' })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await expect(attempt({ recoveryKey: 'AAAA-AAAA' })).rejects.toMatchObject({
      code: 'wrong_recovery_key',
    });
    // Damage one shard inside the backup.
    const shard = join(taken.path, 'entries', '2026-11.wpv');
    const bytes = await readFile(shard);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 1;
    await writeFile(shard, bytes);
    await expect(attempt({ passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'data_damaged',
    });
    await expect(attempt({ passphrase: PASSPHRASE })).rejects.toThrow(/damaged/);
    await expect(
      restoreBackup({
        dataDir: dir,
        folder: dir,
        credential: { passphrase: PASSPHRASE },
        root,
        now: NOW,
      }),
    ).rejects.toThrow(/isn't a Waypoint backup/);

    expect(await snapshot(dir)).toEqual(before);
    expect((await listBackups(root)).map((b) => b.kind)).toEqual(['manual']);
    const still = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(still, id)).toBe('Current');
    await still.close();
  });

  it('restores with the recovery key, and into an empty folder (a new computer)', async () => {
    const { vault, id, recoveryKey } = await vaultWith('Moved over');
    const taken = await takeBackup(vault, root, { kind: 'manual', now: NOW });
    await vault.close();
    const other = await makeTempDir('waypoint-backup-new-');
    try {
      const { kept } = await restoreBackup({
        dataDir: other.dir,
        folder: taken.path,
        credential: { recoveryKey },
        root: defaultBackupFolder(other.dir),
        now: NOW,
      });
      expect(kept).toBeNull();
      const opened = await Vault.openWithRecoveryKey(other.dir, recoveryKey, opts);
      expect(textOf(opened, id)).toBe('Moved over');
      expect(opened.passphraseResetRequired).toBe(true);
      await opened.close();
    } finally {
      await other.cleanup();
    }
  });

  it('takes an automatic backup about once a day, and keeps the list pruned', async () => {
    const { vault } = await vaultWith('Daily');
    let day = 0;
    const at = () => new Date(NOW.getTime() + day * 86_400_000);
    expect(await autoBackupIfDue(vault, root, at())).not.toBeNull();
    expect(await autoBackupIfDue(vault, root, new Date(at().getTime() + 3_600_000))).toBeNull();
    for (day = 1; day < 12; day += 1) await autoBackupIfDue(vault, root, at());
    const list = await listBackups(root);
    expect(list.every((b) => b.kind === 'automatic' && b.verified && b.sound)).toBe(true);
    // Twelve days of backups, fewer kept: the last week daily, older ones by week and month.
    expect(list.length).toBeLessThan(12);
    expect(list.length).toBeGreaterThanOrEqual(7);
    expect(list[0]?.createdAt).toBe(new Date(NOW.getTime() + 11 * 86_400_000).toISOString());
    await vault.close();
  });
});

describe('key rotation', () => {
  it('re-encrypts every file under a new key: the old key header opens nothing written after', async () => {
    const { vault, id, recoveryKey } = await vaultWith('Before rotation');
    const oldHeader = (await readHeader(dir)).header;
    const oldKeyFile = await readFile(join(dir, 'vault.key'));
    const backupBefore = await takeBackup(vault, root, { kind: 'manual', now: NOW });

    const newRecoveryKey = await vault.rotateKeys(PASSPHRASE);
    expect(newRecoveryKey).not.toBe(recoveryKey);
    await vault.saveEntry({ id, content: doc('After rotation') });
    await vault.close();

    const header = (await readHeader(dir)).header;
    expect(header.keyVersion).toBe(oldHeader.keyVersion + 1);
    expect(header.vaultId).toBe(oldHeader.vaultId);
    // The old data key opens none of today's files.
    const oldDek = await unwrapWithPassphrase(oldHeader, PASSPHRASE);
    for (const name of await encryptedFileNames(dir)) {
      const bytes = await readFile(join(dir, name));
      for (const keyVersion of [oldHeader.keyVersion, header.keyVersion]) {
        expect(
          decryptFile({ dek: oldDek, keyVersion }, { vaultId: header.vaultId, name }, bytes).ok,
          name,
        ).toBe(false);
      }
    }
    // An old copy of the key file put back opens nothing.
    const copy = await makeTempDir('waypoint-rotated-');
    try {
      await cp(dir, copy.dir, { recursive: true });
      await writeFile(join(copy.dir, 'vault.key'), oldKeyFile);
      await writeFile(join(copy.dir, 'vault.key.mirror'), oldKeyFile);
      await expect(Vault.open(copy.dir, PASSPHRASE, opts)).rejects.toMatchObject({
        code: 'data_damaged',
      });
    } finally {
      await copy.cleanup();
    }
    // The passphrase still unlocks; the new recovery key works, the old one does not.
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(reopened, id)).toBe('After rotation');
    expect(reopened.listEntries()).toHaveLength(2);
    expect((await reopened.verify()).ok).toBe(true);
    await reopened.close();
    await expect(Vault.openWithRecoveryKey(dir, recoveryKey, opts)).rejects.toMatchObject({
      code: 'wrong_recovery_key',
    });
    await (await Vault.openWithRecoveryKey(dir, newRecoveryKey, opts)).close();

    // A backup from before still opens with what it was made with, and restores.
    await openBackup(backupBefore.path, { passphrase: PASSPHRASE });
    await restoreBackup({
      dataDir: dir,
      folder: backupBefore.path,
      credential: { recoveryKey },
      root,
      now: NOW,
    });
    const restored = await Vault.openWithRecoveryKey(dir, recoveryKey, opts);
    expect(textOf(restored, id)).toBe('Before rotation');
    await restored.close();
  });

  it('can set a new passphrase at the same time; a wrong current passphrase changes nothing', async () => {
    const { vault, id } = await vaultWith('Kept');
    const before = await snapshot(dir);
    await expect(vault.rotateKeys('wrong passphrase')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(await snapshot(dir)).toEqual(before);
    await vault.rotateKeys(PASSPHRASE, 'a brand new passphrase');
    // The open vault goes on saving under the new key.
    await vault.saveEntry({ id, content: doc('Kept, and saved after') });
    await vault.close();
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    const reopened = await Vault.open(dir, 'a brand new passphrase', opts);
    expect(textOf(reopened, id)).toBe('Kept, and saved after');
    await reopened.close();
  });
});
