import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { Vault } from '../../../electron/core/vault/vault';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

const opts = { kdf: TEST_KDF };

async function seed(): Promise<{ nov: string; oct: string }> {
  const { vault } = await Vault.create(dir, PASSPHRASE, opts);
  const nov = await vault.createEntry('2026-11-20', { content: doc('November text') });
  const oct = await vault.createEntry('2026-10-20', { content: doc('October text') });
  await vault.putRecord('settings', 'app', { autoLockMinutes: 5 });
  await vault.close();
  return { nov: nov.id, oct: oct.id };
}

async function flipByte(name: string, index: number): Promise<void> {
  const path = join(dir, name);
  const bytes = await readFile(path);
  const at = ((index % bytes.length) + bytes.length) % bytes.length;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

/** Opens the vault and reports how damage showed itself: an error code, or notices. */
async function outcome(): Promise<{ error?: string; notices: string[]; entries: number }> {
  try {
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    const result = {
      notices: vault.notices.map((n) => `${n.kind}:${n.file ?? ''}`),
      entries: vault.listEntries().length,
    };
    await vault.close();
    return result;
  } catch (error) {
    return { error: (error as { code?: string }).code ?? 'unknown', notices: [], entries: 0 };
  }
}

describe('three different failures, three different errors', () => {
  it('a wrong passphrase says so and nothing more', async () => {
    await seed();
    await expect(Vault.open(dir, 'not the passphrase', opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
      message: "That passphrase doesn't unlock this journal.",
    });
  });

  it('a damaged key header falls back to its mirror, says so and repairs itself', async () => {
    await seed();
    await flipByte('vault.key', 200);
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(vault.notices.map((n) => n.kind)).toEqual(['header_repaired']);
    await vault.close();
    const files = await snapshot(dir);
    expect(files.get('vault.key')?.equals(files.get('vault.key.mirror') ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect((await outcome()).notices).toEqual([]);
  });

  it('a damaged header with a damaged mirror is "damaged", never "wrong passphrase"', async () => {
    await seed();
    await flipByte('vault.key', 100);
    await flipByte('vault.key.mirror', -30);
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'header_damaged',
    });
    await expect(Vault.open(dir, 'wrong', opts)).rejects.toMatchObject({ code: 'header_damaged' });
  });

  it('damaged data is its own error: a damaged manifest stops the open and changes nothing', async () => {
    await seed();
    await flipByte('manifest.wpv', 60);
    const before = await snapshot(dir);
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({ code: 'data_damaged' });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a damaged shard is set aside (kept, not deleted) while the rest opens', async () => {
    const ids = await seed();
    const original = await readFile(join(dir, 'entries/2026-10.wpv'));
    await flipByte('entries/2026-10.wpv', 70);
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(vault.notices.map((n) => `${n.kind}:${n.file ?? ''}`)).toEqual([
      'shard_damaged:entries/2026-10.wpv',
    ]);
    expect(vault.getEntry(ids.nov)).toBeDefined();
    expect(vault.getEntry(ids.oct)).toBeUndefined();
    await vault.close();
    const setAside = [...(await snapshot(dir)).entries()].filter(([n]) =>
      n.startsWith('set-aside/'),
    );
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.[1].length).toBe(original.length);
  });
});

describe('any damage anywhere is detected', () => {
  const files = [
    'vault.key',
    'vault.key.mirror',
    'manifest.wpv',
    'entries/2026-11.wpv',
    'entries/2026-10.wpv',
    'records/settings.wpv',
  ];

  it.each(files)('one flipped byte at many positions of %s', async (name) => {
    await seed();
    const pristine = await snapshot(dir);
    const size = pristine.get(name)?.length ?? 0;
    const positions = new Set([
      0,
      3,
      4,
      6,
      10,
      17,
      18,
      29,
      30,
      45,
      46,
      Math.floor(size / 2),
      size - 1,
    ]);
    for (const position of positions) {
      for (const [n, bytes] of pristine) await writeFile(join(dir, n), bytes);
      await flipByte(name, position);
      const result = await outcome();
      const detected =
        result.error !== undefined ||
        result.notices.some((n) => n.endsWith(name) || n.startsWith('header_repaired'));
      expect(detected, `flip at ${position} of ${name}: ${JSON.stringify(result)}`).toBe(true);
      if (name.startsWith('vault.key') && result.error === undefined)
        expect(result.entries).toBe(2);
      // Restore any set-aside file for the next round.
      await cleanupSetAside();
    }
  });

  it.each(['manifest.wpv', 'entries/2026-11.wpv', 'records/settings.wpv', 'vault.key'])(
    'a truncated or empty %s is detected',
    async (name) => {
      await seed();
      const pristine = await snapshot(dir);
      for (const length of [0, 10, 46, (pristine.get(name)?.length ?? 1) - 1]) {
        for (const [n, bytes] of pristine) await writeFile(join(dir, n), bytes);
        await writeFile(
          join(dir, name),
          (pristine.get(name) ?? Buffer.alloc(0)).subarray(0, length),
        );
        const result = await outcome();
        expect(
          result.error !== undefined || result.notices.length > 0,
          `${name} cut to ${length}`,
        ).toBe(true);
        await cleanupSetAside();
      }
    },
  );

  it("two shards' files swapped are both detected", async () => {
    await seed();
    const a = await readFile(join(dir, 'entries/2026-11.wpv'));
    const b = await readFile(join(dir, 'entries/2026-10.wpv'));
    await writeFile(join(dir, 'entries/2026-11.wpv'), b);
    await writeFile(join(dir, 'entries/2026-10.wpv'), a);
    const result = await outcome();
    expect(result.notices.sort()).toEqual([
      'shard_damaged:entries/2026-10.wpv',
      'shard_damaged:entries/2026-11.wpv',
    ]);
  });

  it('a shard copied in from another vault is detected', async () => {
    await seed();
    const other = await makeTempDir();
    try {
      const { vault } = await Vault.create(other.dir, PASSPHRASE, opts);
      await vault.createEntry('2026-11-02', { content: doc('From elsewhere') });
      await vault.close();
      await copyFile(join(other.dir, 'entries/2026-11.wpv'), join(dir, 'entries/2026-11.wpv'));
      await copyFile(join(other.dir, 'entries/2026-11.wpv'), join(dir, 'entries/2026-12.wpv'));
      const result = await outcome();
      expect(result.notices.sort()).toEqual([
        'shard_damaged:entries/2026-11.wpv',
        'shard_damaged:entries/2026-12.wpv',
      ]);
      expect(result.entries).toBe(1);
    } finally {
      await other.cleanup();
    }
  });
});

describe('rollback and interrupted saves', () => {
  it('a shard older than the manifest is set aside as rolled back while the rest opens', async () => {
    const ids = await seed();
    const old = await readFile(join(dir, 'entries/2026-11.wpv'));
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    await vault.saveEntry({ id: ids.nov, content: doc('November, newer') });
    await vault.close();
    await writeFile(join(dir, 'entries/2026-11.wpv'), old);
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.notices.map((n) => `${n.kind}:${n.file ?? ''}`)).toEqual([
      'shard_rolled_back:entries/2026-11.wpv',
    ]);
    expect(reopened.getEntry(ids.oct)).toBeDefined();
    expect(reopened.getEntry(ids.nov)).toBeUndefined();
    await reopened.close();
  });

  it('a shard newer than the manifest (crash between the renames) is accepted and the manifest repaired', async () => {
    const ids = await seed();
    const oldManifest = await readFile(join(dir, 'manifest.wpv'));
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    await vault.saveEntry({ id: ids.nov, content: doc('Saved just before the crash') });
    await vault.close();
    await writeFile(join(dir, 'manifest.wpv'), oldManifest);
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.notices.map((n) => n.kind)).toEqual(['manifest_repaired']);
    expect(docToText(reopened.getEntry(ids.nov)?.content ?? doc())).toBe(
      'Saved just before the crash',
    );
    const report = await reopened.verify();
    expect(report).toMatchObject({ ok: true, problems: [] });
    await reopened.close();
    expect((await outcome()).notices).toEqual([]);
  });

  it('a new shard written before its manifest update is adopted on the next open', async () => {
    await seed();
    const oldManifest = await readFile(join(dir, 'manifest.wpv'));
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    const added = await vault.createEntry('2027-01-01', { content: doc('New year') });
    await vault.close();
    await writeFile(join(dir, 'manifest.wpv'), oldManifest);
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.getEntry(added.id)).toBeDefined();
    await reopened.close();
  });
});

async function cleanupSetAside(): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await rm(join(dir, 'set-aside'), { recursive: true, force: true });
}
