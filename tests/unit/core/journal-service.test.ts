import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { Handlers, OutputOf } from '../../../shared/contract';
import type { Entry } from '../../../shared/journal';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir } from '../../support/vaultFixtures';
import { callOk } from '../../support/handlerTable';

let dir: string;
let cleanup: () => Promise<void>;
let now: Date;
let session: Session;
let handlers: Handlers;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  now = new Date('2026-11-26T10:00:00Z');
  session = new Session({ dataDir: dir, kdf: TEST_KDF, now: () => now });
  handlers = createHandlers(session);
  await handlers['vault:create']({ passphrase: PASSPHRASE });
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

function call<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return callOk(handlers, channel, input);
}

async function write(
  date: string,
  title: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<Entry> {
  const entry = await call('journal:create', { date });
  return call('journal:save', { id: entry.id, title, content: doc(text), ...extra });
}

async function relock(): Promise<void> {
  await call('vault:lock', {});
  await call('vault:unlock', { passphrase: PASSPHRASE });
}

describe('entries: tags, flags, trash', () => {
  it('keeps tags (deduplicated, trimmed), pin and share flags across a lock', async () => {
    const entry = await write('2026-11-20', 'Tram', 'Panic on the tram', {
      tags: [' anxiety', 'Anxiety', 'commute '],
      pinned: true,
      shareWithTherapist: true,
    });
    expect(entry.tags).toEqual(['anxiety', 'commute']);
    await relock();
    const [summary] = await call('journal:list', {});
    expect(summary).toMatchObject({
      id: entry.id,
      tags: ['anxiety', 'commute'],
      pinned: true,
      shareWithTherapist: true,
    });
    const fresh = await call('journal:create', { date: '2026-11-21' });
    expect(fresh).toMatchObject({
      tags: [],
      pinned: false,
      shareWithTherapist: false,
      deletedAt: null,
      links: [],
    });
  });

  it('keeps both of two quick changes made at once (share, then pin)', async () => {
    const entry = await call('journal:create', { date: '2026-11-20' });
    await Promise.all([
      call('journal:save', { id: entry.id, shareWithTherapist: true }),
      call('journal:save', { id: entry.id, pinned: true }),
      call('journal:save', { id: entry.id, tags: ['calm'] }),
    ]);
    expect(await call('journal:get', { id: entry.id })).toMatchObject({
      shareWithTherapist: true,
      pinned: true,
      tags: ['calm'],
    });
  });

  it('counts tags, and renaming onto an existing tag merges them', async () => {
    await write('2026-11-20', 'a', 'x', { tags: ['work', 'sleep'] });
    await write('2026-11-21', 'b', 'y', { tags: ['Work'] });
    await write('2026-11-22', 'c', 'z', { tags: ['job', 'work'] });
    expect(await call('journal:tags', {})).toEqual([
      { tag: 'work', count: 3 },
      { tag: 'job', count: 1 },
      { tag: 'sleep', count: 1 },
    ]);
    expect(await call('journal:renameTag', { from: 'job', to: 'work' })).toEqual({ changed: 1 });
    await relock();
    expect(await call('journal:tags', {})).toEqual([
      { tag: 'work', count: 3 },
      { tag: 'sleep', count: 1 },
    ]);
  });

  it('trash hides an entry, restore brings it back, purge deletes only trashed entries', async () => {
    const keep = await write('2026-11-20', 'Keep', 'stays');
    const gone = await write('2026-11-21', 'Gone', 'goes');
    await call('journal:delete', { id: gone.id });
    expect((await call('journal:list', {})).map((e) => e.id)).toEqual([keep.id]);
    expect((await call('journal:list', { trash: true })).map((e) => e.id)).toEqual([gone.id]);
    const refused = await handlers['journal:purge']({ ids: [keep.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await call('journal:restore', { id: gone.id });
    expect((await call('journal:list', {})).map((e) => e.id).sort()).toEqual(
      [keep.id, gone.id].sort(),
    );
    await call('journal:delete', { id: gone.id });
    await call('journal:purge', { ids: [gone.id] });
    await relock();
    expect(await call('journal:list', { trash: true })).toEqual([]);
    expect(await handlers['journal:get']({ id: gone.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('empties trash older than 30 days at unlock, keeps younger', async () => {
    const old = await write('2026-10-01', 'Old', 'old');
    const young = await write('2026-11-01', 'Young', 'young');
    now = new Date('2026-10-20T10:00:00Z');
    await call('journal:delete', { id: old.id });
    now = new Date('2026-11-20T10:00:00Z');
    await call('journal:delete', { id: young.id });
    now = new Date('2026-11-26T10:00:00Z');
    await relock();
    expect((await call('journal:list', { trash: true })).map((e) => e.title)).toEqual(['Young']);
  });
});

describe('entry mood is a linked mood check-in', () => {
  it('records, updates and clears the one mood record, shown on the entry summary', async () => {
    const entry = await write('2026-11-20', 'Day', 'text');
    const first = await call('journal:setMood', {
      entryId: entry.id,
      mood: 4,
      emotions: ['tired'],
    });
    expect(first).toMatchObject({
      mood: 4,
      emotions: ['tired'],
      entryId: entry.id,
      date: '2026-11-20',
    });
    const second = await call('journal:setMood', { entryId: entry.id, mood: 7 });
    expect(second?.id).toBe(first?.id);
    await relock();
    expect((await call('journal:list', {}))[0]?.mood).toBe(7);
    expect(await call('journal:setMood', { entryId: entry.id, mood: null })).toBeNull();
    expect((await call('journal:list', {}))[0]?.mood).toBeNull();
  });
});

describe('search', () => {
  it('finds words in titles, bodies and tags, case- and diacritic-insensitively, with highlights', async () => {
    const tram = await write(
      '2026-11-20',
      'The tram',
      'I felt the panic rise near Zürich station, then it eased.',
      {
        tags: ['commute'],
      },
    );
    await write('2026-11-21', 'Garden', 'Planted tulips with my sister.');
    const hits = await call('search:query', { q: 'zurich' });
    expect(hits.map((h) => h.entryId)).toEqual([tram.id]);
    const hit = hits[0];
    expect(hit?.field).toBe('text');
    const [start, end] = hit?.highlights[0] ?? [0, 0];
    expect(hit?.snippet.slice(start, end)).toBe('Zürich');
    expect((await call('search:query', { q: 'COMMUTE' })).map((h) => h.entryId)).toEqual([tram.id]);
    expect((await call('search:query', { q: 'tul' })).map((h) => h.title)).toEqual(['Garden']);
    expect(await call('search:query', { q: 'panic sister' })).toEqual([]);
    expect(await call('search:query', { q: '   ' })).toEqual([]);
  });

  it('is updated on save, trash and restore, and rebuilt after unlock', async () => {
    const entry = await write('2026-11-20', 'Walk', 'A short walk');
    await call('journal:save', { id: entry.id, content: doc('A long swim instead') });
    expect(await call('search:query', { q: 'walk short' })).toEqual([]);
    expect((await call('search:query', { q: 'swim' })).length).toBe(1);
    await call('journal:delete', { id: entry.id });
    expect(await call('search:query', { q: 'swim' })).toEqual([]);
    await call('journal:restore', { id: entry.id });
    await relock();
    expect((await call('search:query', { q: 'swim' })).length).toBe(1);
  });
});
