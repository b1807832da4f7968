import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { Session } from '../../../electron/core/session';
import { Vault } from '../../../electron/core/vault/vault';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

/**
 * Makes every write into entries/ fail, even for root (CI runs as root, where a read-only
 * mode bit does not stop writes): a plain file stands where the folder was.
 */
async function breakEntriesFolder(): Promise<() => Promise<void>> {
  await rename(join(dir, 'entries'), join(dir, 'entries.real'));
  await writeFile(join(dir, 'entries'), 'not a folder');
  return async () => {
    await rm(join(dir, 'entries'));
    await rename(join(dir, 'entries.real'), join(dir, 'entries'));
  };
}

describe('session: drafts survive a failing disk and a lock', () => {
  it('keeps the text of a failed save, sealed while locked, and saves it after unlock', async () => {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    await session.create(PASSPHRASE);
    const entry = await session
      .requireVault()
      .createEntry('2026-11-26', { content: doc('first words') });
    const restore = await breakEntriesFolder();

    await expect(
      session.saveEntry({ id: entry.id, content: doc('words the disk refused') }),
    ).rejects.toMatchObject({
      code: 'save_failed',
    });
    // Still readable while unlocked: the draft wins over what is on disk.
    expect(docToText(session.getEntry(entry.id).content)).toBe('words the disk refused');

    await session.lock();
    expect(session.isUnlocked()).toBe(false);
    expect(() => session.requireVault()).toThrow(/locked/);
    // Nothing on disk holds the draft in the clear.
    for (const [name, bytes] of await snapshot(dir)) {
      expect(bytes.includes(Buffer.from('refused')), name).toBe(false);
    }

    await restore();
    const result = await session.unlock(PASSPHRASE);
    expect(result.notices.map((n) => n.kind)).toContain('drafts_restored');
    expect(session.unsavedCount).toBe(0);
    await session.lock();

    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(docToText(reopened.getEntry(entry.id)?.content ?? doc())).toBe('words the disk refused');
    await reopened.close();
  });

  it('an unlock while the disk is still failing changes nothing and keeps the draft sealed', async () => {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    await session.create(PASSPHRASE);
    const entry = await session.requireVault().createEntry('2026-11-26', { content: doc('v1') });
    const restore = await breakEntriesFolder();
    await expect(
      session.saveEntry({ id: entry.id, content: doc('v2 kept') }),
    ).rejects.toMatchObject({ code: 'save_failed' });
    await session.lock();
    const before = await snapshot(dir);
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'disk_error' });
    expect(session.isUnlocked()).toBe(false);
    expect(await snapshot(dir)).toEqual(before);
    await restore();
    await session.unlock(PASSPHRASE);
    expect(session.unsavedCount).toBe(0);
    expect(docToText(session.getEntry(entry.id).content)).toBe('v2 kept');
    await session.lock();
  });
});

describe('session: unlocking an already-open journal', () => {
  it('still demands the right passphrase or recovery key', async () => {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    const { recoveryKey } = await session.create(PASSPHRASE);
    await expect(session.unlock('anything at all')).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await expect(session.unlockWithRecoveryKey('AAAA-BBBB')).rejects.toMatchObject({
      code: 'wrong_recovery_key',
    });
    await expect(session.unlock(PASSPHRASE)).resolves.toMatchObject({
      passphraseResetRequired: false,
    });
    await expect(session.unlockWithRecoveryKey(recoveryKey)).resolves.toMatchObject({
      passphraseResetRequired: true,
    });
    await session.lock();
  });
});
