import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { APP_KDF } from '../../../electron/core/vault/kdf';
import { Vault } from '../../../electron/core/vault/vault';
import {
  PASSPHRASE,
  TEST_KDF,
  changedFiles,
  doc,
  makeTempDir,
  snapshot,
} from '../../support/vaultFixtures';

const SECRET = 'I told Dr. Amsel about the panic on the tram — Zürich, 7:40';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

function encodings(text: string): Buffer[] {
  const utf8 = Buffer.from(text, 'utf8');
  return [
    utf8,
    Buffer.from(text, 'utf16le'),
    Buffer.from(utf8.toString('base64')),
    Buffer.from(utf8.toString('hex')),
    Buffer.from(utf8.toString('base64url')),
  ];
}

describe('vault round trip', () => {
  it('stores entries and settings and reads them back after closing', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const entry = await vault.createEntry('2026-11-20', { title: 'Tram', content: doc(SECRET) });
    await vault.saveEntry({
      id: entry.id,
      title: 'Tram ride',
      content: doc(SECRET, 'Second paragraph'),
    });
    const other = await vault.createEntry('2025-02-01', { content: doc('Older one') });
    await vault.putRecord('settings', 'app', { autoLockMinutes: 9, lockOnSuspend: false });
    await vault.close();

    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    const again = reopened.getEntry(entry.id);
    expect(again?.title).toBe('Tram ride');
    expect(again?.version).toBe(2);
    expect(docToText(again?.content ?? doc())).toBe(`${SECRET}\nSecond paragraph`);
    expect(reopened.getEntry(other.id)?.date).toBe('2025-02-01');
    expect(reopened.listEntries().map((e) => e.id)).toEqual([entry.id, other.id]);
    expect(reopened.getRecords('settings')).toEqual([
      { id: 'app', value: { autoLockMinutes: 9, lockOnSuspend: false } },
    ]);
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });

  it('never writes plaintext: no file holds the text in UTF-8, UTF-16, base64 or hex', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    await vault.createEntry('2026-11-20', { title: SECRET, content: doc(SECRET) });
    await vault.putRecord('settings', 'app', { note: SECRET });
    await vault.close();
    const files = await snapshot(dir);
    expect([...files.keys()].sort()).toEqual(
      [
        'entries/2026-11.wpv',
        'manifest.wpv',
        'records/settings.wpv',
        'vault.key',
        'vault.key.mirror',
      ].sort(),
    );
    for (const [name, bytes] of files) {
      for (const needle of [
        ...encodings(SECRET),
        ...encodings('Amsel'),
        ...encodings(PASSPHRASE),
      ]) {
        expect(bytes.includes(needle), `${name} contains plaintext`).toBe(false);
      }
    }
  });

  it('keeps files private to the user (0600 files, 0700 folders)', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    await vault.createEntry('2026-11-20', { content: doc('x') });
    await vault.close();
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'entries'))).mode & 0o777).toBe(0o700);
    for (const name of ['vault.key', 'vault.key.mirror', 'manifest.wpv', 'entries/2026-11.wpv']) {
      expect((await stat(join(dir, name))).mode & 0o777, name).toBe(0o600);
    }
  });

  it('saving one entry rewrites only its shard and the manifest', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const a = await vault.createEntry('2026-09-03', { content: doc('September') });
    await vault.createEntry('2026-10-03', { content: doc('October') });
    await vault.createEntry('2026-11-03', { content: doc('November') });
    await vault.putRecord('settings', 'app', { autoLockMinutes: 5 });
    const before = await snapshot(dir);
    await vault.saveEntry({ id: a.id, content: doc('September, revised') });
    const after = await snapshot(dir);
    expect(changedFiles(before, after)).toEqual(['entries/2026-09.wpv', 'manifest.wpv']);
    await vault.close();
  });

  it('moving an entry to another month writes the new shard, the old one and the manifest', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const a = await vault.createEntry('2026-09-03', { content: doc('Moves') });
    await vault.createEntry('2026-10-03', { content: doc('Stays') });
    await vault.saveEntry({ id: a.id, date: '2026-10-05' });
    await vault.close();
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(reopened.listEntries().map((e) => e.date)).toEqual(['2026-10-05', '2026-10-03']);
    await reopened.close();
  });

  it('splits a heavy month into parts so saves stay small', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const long = 'word '.repeat(20_000);
    for (let i = 0; i < 8; i += 1) await vault.createEntry('2026-11-02', { content: doc(long) });
    await vault.close();
    const files = [...(await snapshot(dir)).keys()].filter((n) => n.startsWith('entries/'));
    expect(files.length).toBeGreaterThan(1);
    const reopened = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(reopened.listEntries()).toHaveLength(8);
    await reopened.close();
  });

  it('uses the OWASP scrypt setting by default', async () => {
    expect(APP_KDF).toEqual({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    const { vault } = await Vault.create(dir, PASSPHRASE);
    await vault.close();
    const header = JSON.parse(JSON.parse(await readFile(join(dir, 'vault.key'), 'utf8')).body);
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('refuses an entry over the size limit with a clear message and writes nothing', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    const entry = await vault.createEntry('2026-11-02', { content: doc('short') });
    const before = await snapshot(dir);
    await expect(
      vault.saveEntry({ id: entry.id, content: doc('x'.repeat(2_100_000)) }),
    ).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/too long to save/),
    });
    expect(changedFiles(before, await snapshot(dir))).toEqual([]);
    await vault.close();
  });
});
