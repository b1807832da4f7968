import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import { docToText, type Entry } from '../../../shared/journal';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { Vault } from '../../../electron/core/vault/vault';
import { callOk } from '../../support/handlerTable';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir } from '../../support/vaultFixtures';

/**
 * Recent months first: opening reads the newest months, the rest arrive in the background.
 * Every test here opens with a tiny `recentEntries`, so a 24-month journal opens partly.
 */
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

const MONTHS = 24;

const PER_MONTH = 2;
const monthAt = (i: number): string => {
  const d = new Date(Date.UTC(2024, 12 - MONTHS + i, 1));
  return d.toISOString().slice(0, 7);
};

/** 24 months of two entries each; returns them oldest first. */
async function seed(): Promise<Entry[]> {
  const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
  const made: Entry[] = [];
  for (let i = 0; i < MONTHS; i += 1) {
    for (let n = 1; n <= PER_MONTH; n += 1) {
      made.push(
        await vault.createEntry(`${monthAt(i)}-1${String(n)}`, {
          title: `${monthAt(i)} #${String(n)}`,
          content: doc(`Words from ${monthAt(i)} number ${String(n)}`),
          tags: i === 0 ? ['oldest'] : [],
        }),
      );
    }
  }
  await vault.close();
  return made;
}

const openPartly = () => Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF, recentEntries: 5 });
const openWhole = () => Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF, recentEntries: Infinity });

describe('the vault opens with the newest months and reads the rest in the background', () => {
  it('holds the newest months at first, then everything, and says how far it got', async () => {
    await seed();
    const vault = await openPartly();
    const first = vault.listEntries();
    // Whole months, newest first, until at least 5 entries: three months of two.
    expect(first.map((e) => e.date.slice(0, 7))).toEqual([
      monthAt(23),
      monthAt(23),
      monthAt(22),
      monthAt(22),
      monthAt(21),
      monthAt(21),
    ]);
    expect(vault.loadProgress()).toEqual({ complete: false, loaded: 6, total: 48, problem: null });
    await vault.whenLoaded();
    expect(vault.listEntries()).toHaveLength(MONTHS * PER_MONTH);
    expect(vault.loadProgress()).toEqual({ complete: true, loaded: 48, total: 48, problem: null });
    await vault.close();
  });

  it('a new entry in a month not read yet keeps that month (nothing is written over)', async () => {
    await seed();
    const vault = await openPartly();
    let merges = 0;
    vault.onExternalChange = () => (merges += 1);
    // Straight away, before the background load reaches the oldest month.
    await vault.createEntry(`${monthAt(0)}-20`, { content: doc('Remembered late') });
    // Read first, not mistaken for another writer's file and merged.
    expect(merges).toBe(0);
    await vault.close();

    const again = await openWhole();
    const oldest = again.listEntries().filter((e) => e.date.startsWith(monthAt(0)));
    expect(oldest.map((e) => docToText(e.content)).sort()).toEqual([
      'Remembered late',
      `Words from ${monthAt(0)} number 1`,
      `Words from ${monthAt(0)} number 2`,
    ]);
    expect(again.listEntries()).toHaveLength(MONTHS * PER_MONTH + 1);
    await again.close();
  });

  it('moving an entry into a month not read yet keeps both months whole', async () => {
    const made = await seed();
    const vault = await openPartly();
    let merges = 0;
    vault.onExternalChange = () => (merges += 1);
    const newest = made.at(-1);
    if (!newest) throw new Error('no entries');
    await vault.saveEntry({ id: newest.id, date: `${monthAt(1)}-25` });
    expect(merges).toBe(0);
    await vault.close();

    const again = await openWhole();
    expect(again.listEntries().filter((e) => e.date.startsWith(monthAt(1)))).toHaveLength(3);
    expect(again.listEntries().filter((e) => e.date.startsWith(monthAt(23)))).toHaveLength(1);
    expect(again.listEntries()).toHaveLength(MONTHS * PER_MONTH);
    await again.close();
  });

  it('an entry in an older month can be opened, saved and trashed straight away', async () => {
    const made = await seed();
    const vault = await openPartly();
    const oldest = made[0];
    if (!oldest) throw new Error('no entries');
    expect(vault.getEntry(oldest.id)).toBeUndefined();
    expect((await vault.findEntry(oldest.id))?.title).toBe(oldest.title);
    await vault.saveEntry({ id: oldest.id, title: 'Renamed' });
    await vault.setDeleted(oldest.id, '2024-12-01T00:00:00.000Z');
    await vault.close();

    const again = await openWhole();
    expect(again.getEntry(oldest.id)).toMatchObject({
      title: 'Renamed',
      deletedAt: '2024-12-01T00:00:00.000Z',
    });
    await again.close();
  });

  it('locking while older months are still being read loses nothing', async () => {
    await seed();
    const vault = await openPartly();
    await vault.createEntry(`${monthAt(23)}-28`, { content: doc('Just now') });
    await vault.close();
    const again = await openWhole();
    expect(again.listEntries()).toHaveLength(MONTHS * PER_MONTH + 1);
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('an older month that cannot be read is set aside in the background, with a notice', async () => {
    await seed();
    const name = `entries/${monthAt(0)}.wpv`;
    const bytes = await readFile(join(dir, name));
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x01;
    await writeFile(join(dir, name), bytes);

    const vault = await openPartly();
    expect(vault.notices).toEqual([]);
    await vault.whenLoaded();
    expect(vault.notices).toEqual([expect.objectContaining({ kind: 'shard_damaged', file: name })]);
    expect(vault.listEntries()).toHaveLength((MONTHS - 1) * PER_MONTH);
    await vault.close();

    // Set aside, not overwritten, and remembered: the next open says so again at once.
    const again = await openWhole();
    expect(again.notices).toEqual([expect.objectContaining({ kind: 'shard_damaged', file: name })]);
    await again.close();
  });
});

describe('the handler table while older months are read', () => {
  async function open() {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF, recentEntries: 5 });
    const handlers = createHandlers(session);
    const loaded: string[] = [];
    session.onLoaded(() => loaded.push('loaded'));
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
    const call = <C extends Channel>(channel: C, input: unknown) =>
      callOk(handlers, channel, input);
    return { session, call, loaded };
  }

  it('answers the first screen at once, and everything else over the whole journal', async () => {
    const made = await seed();
    const { session, call, loaded } = await open();
    const state = await call('journal:loadState', {});
    const list = await call('journal:list', {});
    // Whatever the background load reached by now, the first answer is not everything yet
    // unless it says so.
    expect(list.length).toBe(state.loaded);

    // These wait for the older months: the oldest entry is found, its tag counted.
    expect((await call('search:query', { q: 'number' })).length).toBeGreaterThan(0);
    const oldest = made[0];
    if (!oldest) throw new Error('no entries');
    expect(await call('search:query', { q: monthAt(0).replace('-', ' ') })).not.toEqual([]);
    expect(await call('journal:tags', {})).toEqual([{ tag: 'oldest', count: 2 }]);
    expect((await call('journal:get', { id: oldest.id })).title).toBe(oldest.title);
    expect(await call('journal:loadState', {})).toEqual({
      complete: true,
      loaded: 48,
      total: 48,
      problem: null,
    });
    expect(await call('journal:list', {})).toHaveLength(48);
    expect(loaded).toEqual(['loaded']);
    await session.lock();
  });

  it('empties trash past 30 days in an older month once it is read', async () => {
    const made = await seed();
    const oldest = made[0];
    if (!oldest) throw new Error('no entries');
    const vault = await openWhole();
    await vault.setDeleted(oldest.id, '2024-01-01T00:00:00.000Z');
    await vault.close();

    const { session, call } = await open();
    expect(await call('journal:list', { trash: true })).toEqual([]);
    await session.lock();
    const again = await openWhole();
    expect(again.getEntry(oldest.id)).toBeUndefined();
    expect(again.listEntries()).toHaveLength(47);
    await again.close();
  });

  it('a month the disk refuses fails the waiting channels clearly, and is tried again', async () => {
    await seed();
    const name = join(dir, `entries/${monthAt(0)}.wpv`);
    await rename(name, `${name}.away`);
    await mkdir(name); // reading a folder fails like a disk error, not like damage
    const session = new Session({ dataDir: dir, kdf: TEST_KDF, recentEntries: 5 });
    const handlers = createHandlers(session);
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
    const refused = await handlers['journal:tags']({});
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk_error' } });
    // Said plainly on the journal page, and tried again each time it asks.
    expect(await callOk(handlers, 'journal:loadState', {})).toMatchObject({
      complete: false,
      problem: expect.stringContaining("couldn't read your journal's files"),
    });

    await rm(name, { recursive: true });
    await rename(`${name}.away`, name);
    expect(await callOk(handlers, 'journal:tags', {})).toEqual([{ tag: 'oldest', count: 2 }]);
    expect(await callOk(handlers, 'journal:list', {})).toHaveLength(48);
    expect(await callOk(handlers, 'journal:loadState', {})).toMatchObject({
      complete: true,
      problem: null,
    });
    await session.lock();
  });

  it('a journal read whole at opening says nothing about loading', async () => {
    const session = new Session({ dataDir: dir, kdf: TEST_KDF });
    const handlers = createHandlers(session);
    let told = 0;
    session.onLoaded(() => (told += 1));
    await callOk(handlers, 'vault:create', { passphrase: PASSPHRASE });
    await callOk(handlers, 'journal:create', { date: '2026-11-26' });
    expect(await callOk(handlers, 'journal:loadState', {})).toEqual({
      complete: true,
      loaded: 1,
      total: 1,
      problem: null,
    });
    await session.lock();
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
    expect(told).toBe(0);
    await session.lock();
  });
});
