import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { isTempFile } from '../../../electron/core/vault/atomicFile';
import { MESSAGES } from '../../../electron/core/vault/errors';
import { Vault } from '../../../electron/core/vault/vault';
import { FaultFs, type FaultOp } from '../../hardening-support/faultFs';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

/**
 * Disk faults: ENOSPC, EACCES, EPERM and EBUSY on creating, writing, fsyncing and renaming
 * the temp file and on fsyncing the folder, for both writes of a save (the entry's shard,
 * then the manifest). Each gives save_failed with its plain message, memory keeps matching
 * the disk, the previous file stays in place, and the next save succeeds once the fault
 * is gone.
 */

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

const CODES = ['ENOSPC', 'EACCES', 'EPERM', 'EBUSY'] as const;
const OPS: FaultOp[] = ['create', 'write', 'fsync', 'rename', 'folderFsync'];
const SHARD = 'entries/2026-11.wpv';

type Target = 'shard' | 'manifest';
function matcher(target: Target, op: FaultOp, vaultDir: string): (path: string) => boolean {
  if (op === 'folderFsync')
    return target === 'shard'
      ? (p) => p.endsWith('/entries/')
      : (p) => p === `${vaultDir.split('\\').join('/')}/`;
  return target === 'shard'
    ? (p) => p.includes('/entries/') && p.includes('2026-11')
    : (p) => p.includes('manifest.wpv');
}

const cases = CODES.flatMap((code) =>
  OPS.flatMap((op) =>
    (['shard', 'manifest'] as const).map((target) => [code, op, target] as const),
  ),
);

describe('injected disk faults during a save', () => {
  it.each(cases)('%s on %s of the %s', async (code, op, target) => {
    const fs = new FaultFs();
    const { vault: created } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF, fs });
    const entry = await created.createEntry('2026-11-20', { content: doc('version one') });
    const other = await created.createEntry('2026-10-01', { content: doc('untouched') });
    const before = await snapshot(dir);

    fs.fault = { op, code, match: matcher(target, op, dir) };
    await expect(
      created.saveEntry({ id: entry.id, content: doc('version two') }),
    ).rejects.toMatchObject({ code: 'save_failed', message: MESSAGES.saveFailed });
    expect(fs.hits).toBe(1);

    const after = await snapshot(dir);
    expect([...after.keys()].filter(isTempFile), 'no temp file left behind').toEqual([]);
    const renamed = op === 'folderFsync' || target === 'manifest';
    if (!renamed) {
      // The fault hit before the new shard replaced the old one: disk and memory are as before.
      expect(after.get(SHARD)?.equals(before.get(SHARD) ?? Buffer.alloc(0))).toBe(true);
      expect(after.get('manifest.wpv')?.equals(before.get('manifest.wpv') ?? Buffer.alloc(0))).toBe(
        true,
      );
      expect(created.getEntry(entry.id)).toMatchObject({ version: 1 });
      expect(docToText(created.getEntry(entry.id)?.content ?? doc())).toBe('version one');
    } else {
      // The shard was already renamed into place (only its folder fsync or the manifest
      // failed): memory is either still the old version or matches the new file on disk.
      const inMemory = docToText(created.getEntry(entry.id)?.content ?? doc());
      expect(['version one', 'version two']).toContain(inMemory);
    }
    expect(
      after
        .get('entries/2026-10.wpv')
        ?.equals(before.get('entries/2026-10.wpv') ?? Buffer.alloc(0)),
    ).toBe(true);
    expect(docToText(created.getEntry(other.id)?.content ?? doc())).toBe('untouched');

    // The fault goes away: the next save succeeds and everything is consistent.
    fs.fault = null;
    const saved = await created.saveEntry({ id: entry.id, content: doc('version three') });
    expect(docToText(saved.content)).toBe('version three');
    await created.close();
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(reopened.notices).toEqual([]);
    expect(docToText(reopened.getEntry(entry.id)?.content ?? doc())).toBe('version three');
    expect(docToText(reopened.getEntry(other.id)?.content ?? doc())).toBe('untouched');
    expect(await reopened.verify()).toMatchObject({ ok: true });
    await reopened.close();
  });

  it('a failed shard write leaves no manifest change behind even if the app then closes', async () => {
    const fs = new FaultFs();
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF, fs });
    const entry = await vault.createEntry('2026-11-20', { content: doc('kept') });
    fs.fault = { op: 'write', code: 'ENOSPC', match: (p) => p.includes('/entries/') };
    await expect(vault.createEntry('2026-11-21', { content: doc('lost') })).rejects.toMatchObject({
      code: 'save_failed',
    });
    expect(vault.listEntries().map((e) => e.id)).toEqual([entry.id]);
    fs.fault = null;
    await vault.close();
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(reopened.notices).toEqual([]);
    expect(reopened.listEntries().map((e) => e.id)).toEqual([entry.id]);
    await reopened.close();
  });
});

describe('a real disk fault (CI runs as root: a plain file where the folder was)', () => {
  it('the handler says save_failed, the session keeps the text, nothing on disk changes, the next save works', async () => {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    const handlers = createHandlers(session);
    await session.create(PASSPHRASE);
    const entry = await session.requireVault().createEntry('2026-11-26', { content: doc('v1') });
    const before = await snapshot(dir);

    // Read-only mode bits do not stop root; a file standing where entries/ was does (ENOTDIR).
    await rename(join(dir, 'entries'), join(dir, 'entries.real'));
    await writeFile(join(dir, 'entries'), 'not a folder');
    const failed = await handlers['journal:save']({ id: entry.id, content: doc('v2 kept') });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'save_failed', message: MESSAGES.saveFailed },
    });
    expect(docToText(session.getEntry(entry.id).content)).toBe('v2 kept');
    expect(session.unsavedCount).toBe(1);
    await rm(join(dir, 'entries'));
    await rename(join(dir, 'entries.real'), join(dir, 'entries'));
    const unchanged = await snapshot(dir);
    for (const [name, bytes] of before)
      if (name !== 'vault.lock') expect(unchanged.get(name)?.equals(bytes), name).toBe(true);

    const retried = await handlers['journal:save']({ id: entry.id, content: doc('v2 kept') });
    expect(retried.ok).toBe(true);
    expect(session.unsavedCount).toBe(0);
    await session.lock();
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(docToText(reopened.getEntry(entry.id)?.content ?? doc())).toBe('v2 kept');
    expect(reopened.notices).toEqual([]);
    await reopened.close();
    expect((await readdir(dir, { recursive: true })).filter(isTempFile)).toEqual([]);
    expect(await readFile(join(dir, 'vault.key'))).toEqual(before.get('vault.key'));
  });
});

describe('injected disk faults while changing the passphrase', () => {
  const NEW = 'a new passphrase for the journal';
  it.each(
    CODES.flatMap((code) =>
      (['create', 'write', 'rename'] as const).flatMap((op) =>
        (['vault.key', 'vault.key.mirror'] as const).map((file) => [code, op, file] as const),
      ),
    ),
  )('%s on %s of %s: a clear error and the old passphrase still works', async (code, op, file) => {
    const fs = new FaultFs();
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF, fs });
    const before = await snapshot(dir);
    fs.fault = {
      op,
      code,
      match: (p) =>
        p.replace(/\.[0-9a-f]{12}\.wp-tmp$/, '').endsWith(`/.${file}`) || p.endsWith(`/${file}`),
    };
    await expect(vault.changePassphrase(PASSPHRASE, NEW)).rejects.toMatchObject({
      code: 'save_failed',
      message: expect.stringContaining('nothing was changed'),
    });
    expect(fs.hits).toBe(1);
    fs.fault = null;
    await vault.close();
    const after = await snapshot(dir);
    for (const name of ['vault.key', 'vault.key.mirror'])
      expect(after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0)), name).toBe(true);
    await expect(Vault.open(dir, NEW, { kdf: TEST_KDF })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF, fs });
    expect(reopened.notices).toEqual([]);
    await reopened.changePassphrase(PASSPHRASE, NEW);
    await reopened.close();
    await (await Vault.open(dir, NEW, { kdf: TEST_KDF })).close();
  });
});
