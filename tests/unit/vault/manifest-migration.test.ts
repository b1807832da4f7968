import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { decryptFile, encryptFile } from '../../../electron/core/vault/encryptedFile';
import { parseHeader, unwrapWithPassphrase } from '../../../electron/core/vault/header';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/core/vault/migrations';
import { Vault } from '../../../electron/core/vault/vault';
import {
  PASSPHRASE,
  TEST_KDF,
  changedFiles,
  doc,
  makeTempDir,
  snapshot,
} from '../../support/vaultFixtures';

/**
 * Schema 1 listed every record id in the manifest (so each save at 20,000 entries rewrote
 * ~300 KB of ids); schema 2 keeps a count. A journal written by an older build must open
 * with everything in it, upgraded once, without rewriting its entries.
 */

const opts = { kdf: TEST_KDF };
let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-migrate-'));
});
afterEach(async () => cleanup());

interface Manifest {
  schemaVersion: number;
  shards: Record<string, Record<string, unknown>>;
  setAside: unknown[];
}

/** Decrypts the manifest with the passphrase, lets `change` edit it, and writes it back sealed. */
async function editManifest(change: (m: Manifest) => void): Promise<Manifest> {
  const header = parseHeader(await readFile(join(dir, 'vault.key')));
  if (!header) throw new Error('header does not parse');
  const key = {
    dek: await unwrapWithPassphrase(header, PASSPHRASE),
    keyVersion: header.keyVersion,
  };
  const id = { vaultId: header.vaultId, name: 'manifest.wpv' };
  const opened = decryptFile(key, id, await readFile(join(dir, 'manifest.wpv')));
  if (!opened.ok) throw new Error(`manifest does not open: ${opened.reason}`);
  const manifest = JSON.parse(opened.plaintext.toString('utf8')) as Manifest;
  change(manifest);
  const plaintext = Buffer.from(JSON.stringify(manifest), 'utf8');
  await writeFile(
    join(dir, 'manifest.wpv'),
    encryptFile(key, id, opened.generation + 1, plaintext),
  );
  return manifest;
}

/** A journal as a schema-1 build left it: the manifest lists each shard's record ids. */
async function makeSchema1Vault(): Promise<{ ids: Record<string, string[]> }> {
  const { vault } = await Vault.create(dir, PASSPHRASE, opts);
  const a = await vault.createEntry('2026-11-03', { content: doc('Walked by the river') });
  const b = await vault.createEntry('2026-11-20', { content: doc('A hard session today') });
  const c = await vault.createEntry('2025-02-14', { content: doc('Quiet evening') });
  await vault.putRecord('settings', 'app', { autoLockMinutes: 5 });
  await vault.putRecord('goals', 'g1', { title: 'Sleep before midnight' });
  await vault.close();
  const ids: Record<string, string[]> = {
    'entries/2026-11.wpv': [a.id, b.id],
    'entries/2025-02.wpv': [c.id],
    'records/settings.wpv': ['app'],
    'records/goals.wpv': ['g1'],
  };
  await editManifest((m) => {
    m.schemaVersion = 1;
    for (const [name, shard] of Object.entries(m.shards)) {
      const { count: _count, ...rest } = shard;
      m.shards[name] = { ...rest, ids: ids[name] ?? [] };
    }
  });
  return { ids };
}

describe('opening a journal saved in schema 1 (record ids in the manifest)', () => {
  it('opens with every entry and record, without notices, and without rewriting any shard', async () => {
    await makeSchema1Vault();
    const before = await snapshot(dir);

    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(vault.notices).toEqual([]);
    expect(vault.listEntries().map((e) => [e.date, docToText(e.content)])).toEqual([
      ['2026-11-20', 'A hard session today'],
      ['2026-11-03', 'Walked by the river'],
      ['2025-02-14', 'Quiet evening'],
    ]);
    expect(vault.getRecords('settings')).toEqual([{ id: 'app', value: { autoLockMinutes: 5 } }]);
    expect(vault.getRecords('goals')).toEqual([
      { id: 'g1', value: { title: 'Sleep before midnight' } },
    ]);
    await vault.close();

    // Only the manifest (and the lock file) changed: the entries were not rewritten.
    expect(changedFiles(before, await snapshot(dir)).filter((n) => n !== 'vault.lock')).toEqual([
      'manifest.wpv',
    ]);
    const upgraded = await editManifest(() => undefined);
    expect(upgraded.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(upgraded.shards['entries/2026-11.wpv']).toEqual({ generation: 2, count: 2 });
    expect(JSON.stringify(upgraded)).not.toContain('"ids"');
  });

  it('keeps working after the upgrade: saves, new months and a second open', async () => {
    await makeSchema1Vault();
    const first = await Vault.open(dir, PASSPHRASE, opts);
    const [latest] = first.listEntries();
    if (!latest) throw new Error('no entries');
    await first.saveEntry({ id: latest.id, content: doc('A hard session, then tea') });
    await first.createEntry('2027-01-01', { content: doc('New year') });
    await first.close();

    const second = await Vault.open(dir, PASSPHRASE, opts);
    expect(second.notices).toEqual([]);
    expect(second.listEntries().map((e) => docToText(e.content))).toEqual([
      'New year',
      'A hard session, then tea',
      'Walked by the river',
      'Quiet evening',
    ]);
    expect((await second.verify()).problems).toEqual([]);
    await second.close();
  });

  it('still tells a missing shard that held entries from one that was empty', async () => {
    await makeSchema1Vault();
    await editManifest((m) => {
      m.shards['entries/2024-05.wpv'] = { generation: 3, ids: [] };
    });
    await rm(join(dir, 'entries/2025-02.wpv'));

    const vault = await Vault.open(dir, PASSPHRASE, opts);
    // The empty month is forgotten quietly; the month with an entry is reported missing.
    expect(vault.notices.map((n) => [n.kind, n.file])).toEqual([
      ['shard_damaged', 'entries/2025-02.wpv'],
    ]);
    expect(vault.listEntries()).toHaveLength(2);
    await vault.close();
  });

  it('refuses a journal from a newer schema with a clear message and changes nothing', async () => {
    await Vault.create(dir, PASSPHRASE, opts).then(({ vault }) => vault.close());
    await editManifest((m) => {
      m.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
      m.shards = { 'entries/2026-11.wpv': { generation: 1, somethingNew: true } };
    });
    const before = await snapshot(dir);
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'vault_too_new',
      message: expect.stringMatching(/newer version of Waypoint/) as unknown,
    });
    expect(changedFiles(before, await snapshot(dir))).toEqual([]);
  });
});
