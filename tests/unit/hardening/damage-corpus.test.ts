import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../electron/core/vault/crypto';
import { ENVELOPE_BYTES, encryptFile } from '../../../electron/core/vault/encryptedFile';
import { parseHeader, unwrapWithPassphrase } from '../../../electron/core/vault/header';
import { Vault } from '../../../electron/core/vault/vault';
import { BUDGET, TORTURE } from '../../hardening-support/budget';
import { random } from '../../hardening-support/saverProtocol';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

/**
 * The damage and tampering corpus: for every file of a small vault, many kinds of damage.
 * Each must show itself as a specific error or notice; a damaged shard alone is set aside
 * (its exact bytes kept) while the rest opens; nothing else is ever overwritten.
 */

const opts = { kdf: TEST_KDF };
const KEY_FILES = ['vault.key', 'vault.key.mirror'] as const;
const SHARDS = ['entries/2026-11.wpv', 'entries/2026-10.wpv', 'records/settings.wpv'] as const;
const FILES = [...KEY_FILES, 'manifest.wpv', ...SHARDS] as const;
type FileName = (typeof FILES)[number];
/** Entries in each shard of the seeded vault. */
const ENTRIES_IN: Record<string, number> = {
  'entries/2026-11.wpv': 2,
  'entries/2026-10.wpv': 1,
  'records/settings.wpv': 0,
};
const ALL_ENTRIES = 3;

type Files = Map<string, Buffer>;
interface Seeded {
  pristine: Files;
  /** Each shard and the manifest as they were one write earlier (for rollbacks). */
  older: Files;
  dek: Buffer;
  vaultId: string;
}

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
let ours: Seeded;
let theirs: Seeded;
const counts = { cases: 0, byKind: new Map<string, number>() };

async function seed(into: string, label: string): Promise<Seeded> {
  const { vault } = await Vault.create(into, PASSPHRASE, opts);
  const a = await vault.createEntry('2026-11-03', { content: doc(`${label} November one`) });
  await vault.createEntry('2026-11-20', { content: doc(`${label} November two`) });
  const c = await vault.createEntry('2026-10-12', { content: doc(`${label} October`) });
  await vault.putRecord('settings', 'app', { autoLockMinutes: 5 });
  await vault.close();
  const older = await snapshot(into);
  const again = await Vault.open(into, PASSPHRASE, opts);
  await again.saveEntry({ id: a.id, content: doc(`${label} November one, again`) });
  await again.saveEntry({ id: c.id, content: doc(`${label} October, again`) });
  await again.putRecord('settings', 'app', { autoLockMinutes: 7 });
  await again.close();
  const pristine = await snapshot(into);
  const header = parseHeader(pristine.get('vault.key') ?? Buffer.alloc(0));
  if (!header) throw new Error('seeded header does not parse');
  return {
    pristine,
    older,
    dek: await unwrapWithPassphrase(header, PASSPHRASE),
    vaultId: header.vaultId,
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-corpus-'));
  ours = await seed(join(dir, '..', 'ours'), 'ours');
  theirs = await seed(join(dir, '..', 'theirs'), 'theirs');
}, 60_000);
afterAll(async () => cleanup());

async function writeState(files: Files): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const [name, bytes] of files) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
}

function withFile(name: string, bytes: Buffer | null): Files {
  const files = new Map(ours.pristine);
  if (bytes === null) files.delete(name);
  else files.set(name, bytes);
  return files;
}

function unchangedExcept(before: Files, after: Files, except: string[], where: string): void {
  for (const [name, bytes] of before) {
    if (except.includes(name) || name === 'vault.lock') continue;
    expect(after.get(name)?.equals(bytes), `${where}: ${name} was changed`).toBe(true);
  }
}

/**
 * Writes the damaged vault, opens it, and checks that the damage showed itself the way it
 * must for that file, and that nothing but the expected repair touched the disk.
 */
async function expectHandled(kind: string, damaged: string[], files: Files): Promise<void> {
  const where = `${kind} of ${damaged.join(' + ')}`;
  await writeState(files);
  const before = await snapshot(dir);
  counts.cases += 1;
  counts.byKind.set(kind, (counts.byKind.get(kind) ?? 0) + 1);

  const headerDamage = damaged.filter((d) => d.startsWith('vault.key'));
  const shardDamage = damaged.filter((d) => d.endsWith('.wpv') && d !== 'manifest.wpv');

  if (damaged.includes('manifest.wpv') || headerDamage.length === 2) {
    const code = headerDamage.length === 2 ? 'header_damaged' : 'data_damaged';
    await expect(Vault.open(dir, PASSPHRASE, opts), where).rejects.toMatchObject({ code });
    expect(await snapshot(dir), `${where}: nothing may change`).toEqual(before);
    return;
  }

  let vault: Vault;
  try {
    vault = await Vault.open(dir, PASSPHRASE, opts);
  } catch (error) {
    throw new Error(`${where}: the open failed: ${String(error)}`, { cause: error });
  }
  const notices = vault.notices.map((n) => `${n.kind}:${n.file ?? ''}`).sort();
  const lostEntries = shardDamage.reduce((n, s) => n + (ENTRIES_IN[s] ?? 0), 0);
  const entries = vault.listEntries().length;
  const settings = vault.getRecords('settings').length;
  await vault.close();
  const after = await snapshot(dir);

  if (headerDamage.length === 1) {
    const file = headerDamage[0] ?? '';
    expect(notices, where).toEqual([`header_repaired:${file}`]);
    expect(entries, where).toBe(ALL_ENTRIES);
    // The damaged copy is rewritten from the sound one; nothing else changes.
    expect(after.get('vault.key')?.equals(after.get('vault.key.mirror') ?? Buffer.alloc(0))).toBe(
      true,
    );
    unchangedExcept(before, after, [file], where);
    return;
  }

  const reason = kind === 'rolled back' ? 'shard_rolled_back' : 'shard_damaged';
  expect(notices, where).toEqual(shardDamage.map((s) => `${reason}:${s}`).sort());
  expect(entries, where).toBe(ALL_ENTRIES - lostEntries);
  expect(settings, where).toBe(shardDamage.includes('records/settings.wpv') ? 0 : 1);
  // Set aside, byte for byte, never deleted; only the manifest records it.
  const setAside = [...after].filter(([name]) => name.startsWith('set-aside/'));
  const present = shardDamage.filter((s) => before.has(s));
  expect(setAside.length, where).toBe(present.length);
  for (const shard of present) {
    const copy = setAside.find(([name]) =>
      name.startsWith(`set-aside/${shard.replace('/', '__')}.`),
    );
    expect(copy?.[1].equals(before.get(shard) ?? Buffer.alloc(0)), `${where}: set-aside copy`).toBe(
      true,
    );
    expect(after.has(shard), where).toBe(false);
  }
  unchangedExcept(before, after, [...shardDamage, 'manifest.wpv'], where);
}

/** Every header byte, plus evenly spread positions over the rest (every byte in torture). */
function flipPositions(size: number): number[] {
  const head = Math.min(ENVELOPE_BYTES, size);
  const positions = new Set<number>(Array.from({ length: head }, (_, i) => i));
  const rest = size - head;
  const budget = Math.min(rest, BUDGET.flipsPerFile);
  for (let i = 0; i < budget; i += 1) positions.add(head + Math.floor((i * rest) / budget));
  positions.add(size - 1);
  return [...positions].sort((a, b) => a - b);
}

function truncationLengths(size: number): number[] {
  const lengths = new Set([0, 1, size - 1, ENVELOPE_BYTES - 1, ENVELOPE_BYTES]);
  const budget = Math.min(size, BUDGET.truncationsPerFile);
  for (let i = 0; i < budget; i += 1) lengths.add(Math.floor((i * size) / budget));
  return [...lengths].filter((n) => n >= 0 && n < size).sort((a, b) => a - b);
}

function bytesOf(name: string): Buffer {
  const bytes = ours.pristine.get(name);
  if (!bytes) throw new Error(`no ${name}`);
  return bytes;
}

/** A header file that is valid JSON with a correct checksum but the wrong structure. */
function headerOfShape(body: unknown): Buffer {
  const text = JSON.stringify(body);
  return Buffer.from(JSON.stringify({ body: text, sha256: sha256Hex(text) }, null, 2) + '\n');
}

/** An authentic file (right key, name, generation) whose JSON has the wrong shape. */
function encryptedOfShape(name: string, value: unknown): Buffer {
  const generation = Number(bytesOf(name).readBigUInt64BE(10));
  return encryptFile(
    { dek: ours.dek, keyVersion: 1 },
    { vaultId: ours.vaultId, name },
    generation,
    Buffer.from(JSON.stringify(value), 'utf8'),
  );
}

describe('the damage corpus, file by file', () => {
  it.each(FILES)(
    '%s: flips, truncations, zero bytes, random bytes, missing, from another vault',
    async (name: FileName) => {
      const original = bytesOf(name);
      for (const position of flipPositions(original.length)) {
        const bytes = Buffer.from(original);
        bytes[position] = (bytes[position] ?? 0) ^ (1 << (position % 8));
        await expectHandled('byte flip', [name], withFile(name, bytes));
      }
      for (const length of truncationLengths(original.length))
        await expectHandled('truncation', [name], withFile(name, original.subarray(0, length)));
      await expectHandled('zero bytes', [name], withFile(name, Buffer.alloc(0)));
      const next = random(name.length);
      for (let i = 0; i < (TORTURE ? 20 : 3); i += 1) {
        const noise = Buffer.from(original.map(() => Math.floor(next() * 256)));
        await expectHandled('random bytes', [name], withFile(name, noise));
      }
      await expectHandled('missing', [name], withFile(name, null));
      const foreign = theirs.pristine.get(name);
      if (!foreign) throw new Error(`the other vault has no ${name}`);
      if (name !== 'vault.key')
        await expectHandled('from another vault', [name], withFile(name, foreign));
    },
    BUDGET.testTimeoutMs,
  );

  it.each(KEY_FILES)('%s: valid JSON with a correct checksum but another shape', async (name) => {
    const header = parseHeader(bytesOf(name));
    for (const body of [
      {},
      null,
      [],
      { ...header, format: 'something-else' },
      { ...header, kdf: { ...header?.kdf, N: 2 ** 40 } },
      { ...header, vaultId: 'not-hex' },
      { ...header, extra: true },
      { ...header, passphraseWrap: 'none' },
    ])
      await expectHandled('another shape', [name], withFile(name, headerOfShape(body)));
  });

  it.each(['manifest.wpv', ...SHARDS])(
    '%s: encrypted with the right key, holding JSON of the wrong shape',
    async (name) => {
      const shapes: unknown[] = [
        null,
        0,
        'text',
        [],
        {},
        { entries: 'not a list' },
        { records: 'not a list' },
        { entries: [{ id: 1 }] },
        { entries: [null] },
        { records: [null] },
        { records: [{ value: 1 }] },
        { shards: 5 },
      ];
      if (name.startsWith('entries/'))
        shapes.push({ entries: [{ id: 'x', date: '2026-11-01', title: 't', content: 'no doc' }] });
      for (const shape of shapes) {
        // A valid empty record shard is a legitimate state, not damage.
        if (name.startsWith('records/') && JSON.stringify(shape) === '{"records":[]}') continue;
        await expectHandled('another shape', [name], withFile(name, encryptedOfShape(name, shape)));
      }
    },
  );

  it('a key file from another journal: nothing is written, the good mirror survives', async () => {
    const files = withFile('vault.key', theirs.pristine.get('vault.key') ?? Buffer.alloc(0));
    await writeState(files);
    const before = await snapshot(dir);
    counts.cases += 1;
    // Same passphrase: its key unwraps, but this journal's data does not open under it.
    await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
      code: 'data_damaged',
    });
    await expect(Vault.open(dir, 'another passphrase', opts)).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    expect(await snapshot(dir)).toEqual(before);
    // The good mirror is still on disk, untouched: putting it back opens the journal.
    await writeFile(join(dir, 'vault.key'), before.get('vault.key.mirror') ?? Buffer.alloc(0));
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(vault.listEntries()).toHaveLength(ALL_ENTRIES);
    await vault.close();
  });

  it('both header copies damaged, in every combination of damage', async () => {
    const damages: [string, (b: Buffer) => Buffer | null][] = [
      ['flip', (b) => Buffer.from(b.map((x, i) => (i === 100 ? x ^ 1 : x)))],
      ['truncate', (b) => b.subarray(0, 50)],
      ['zero', () => Buffer.alloc(0)],
      ['missing', () => null],
    ];
    for (const [, damageKey] of damages) {
      for (const [, damageMirror] of damages) {
        const files = new Map(ours.pristine);
        const key = damageKey(bytesOf('vault.key'));
        const mirror = damageMirror(bytesOf('vault.key.mirror'));
        if (key) files.set('vault.key', key);
        else files.delete('vault.key');
        if (mirror) files.set('vault.key.mirror', mirror);
        else files.delete('vault.key.mirror');
        if (!key && !mirror) {
          await writeState(files);
          counts.cases += 1;
          await expect(Vault.open(dir, PASSPHRASE, opts)).rejects.toMatchObject({
            code: 'no_vault',
          });
          continue;
        }
        await expectHandled('both headers', ['vault.key', 'vault.key.mirror'], files);
        await expect(Vault.open(dir, 'wrong', opts)).rejects.toMatchObject({
          code: 'header_damaged',
        });
      }
    }
  });

  it('swapped shards are both set aside, each kept byte for byte', async () => {
    const [a, b, c] = SHARDS;
    for (const [x, y] of [
      [a, b],
      [a, c],
      [b, c],
    ] as const) {
      const files = new Map(ours.pristine);
      files.set(x, bytesOf(y));
      files.set(y, bytesOf(x));
      await expectHandled('swapped', [x, y], files);
    }
  });

  it.each(SHARDS)('%s rolled back to an older copy is set aside as rolled back', async (name) => {
    const older = ours.older.get(name);
    if (!older || older.equals(bytesOf(name))) throw new Error(`no older ${name}`);
    await expectHandled('rolled back', [name], withFile(name, older));
  });

  it('a rolled-back manifest is repaired from the newer shards, nothing lost', async () => {
    await writeState(withFile('manifest.wpv', ours.older.get('manifest.wpv') ?? null));
    counts.cases += 1;
    const vault = await Vault.open(dir, PASSPHRASE, opts);
    expect(new Set(vault.notices.map((n) => n.kind))).toEqual(new Set(['manifest_repaired']));
    expect(vault.listEntries()).toHaveLength(ALL_ENTRIES);
    expect(await vault.verify()).toMatchObject({ ok: true });
    await vault.close();
  });

  it('totals', () => {
    console.log(
      `damage corpus: ${counts.cases} damaged vaults, every one detected (${[...counts.byKind]
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')})`,
    );
    expect(counts.cases).toBeGreaterThan(300);
  });
});
