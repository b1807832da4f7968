import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { mergeById } from '../../../electron/core/vault/externalChange';
import type { ExternalMerge } from '../../../electron/core/vault/conflictCopies';
import { Vault } from '../../../electron/core/vault/vault';
import { callOk, openTestTable } from '../../support/handlerTable';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir } from '../../support/vaultFixtures';

/**
 * External change: another writer (here a second Vault on the same folder, standing in for a
 * sync tool or another computer) changes files while this one has the journal open. Nothing
 * either side wrote may be lost: their additions are taken in, what both changed is kept
 * twice (ours in place, theirs as a conflict copy), and nothing is overwritten blindly.
 */

const opts = { kdf: TEST_KDF };
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => cleanup());

/** Opens a second writer on the same folder, lets it change things, closes it. */
async function otherWriter(use: (vault: Vault) => Promise<void>): Promise<void> {
  const other = await Vault.open(dir, PASSPHRASE, opts);
  await use(other);
  await other.close();
}

function textOf(vault: Vault, id: string): string {
  const entry = vault.getEntry(id);
  return entry ? docToText(entry.content) : '(missing)';
}

function conflictCopies(vault: Vault) {
  return vault
    .getRecords('conflicts')
    .map((r) => r.value as { type: string; recordId: string; theirs: { content?: unknown } });
}

describe('another writer changed the journal while it was open', () => {
  it('their new entry in the same month is kept when we save ours, with no conflict', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const merges: ExternalMerge[] = [];
    vault.onExternalChange = (m) => merges.push(m);
    const ours = await vault.createEntry('2026-11-02', { content: doc('mine') });
    let theirsId = '';
    await otherWriter(async (other) => {
      theirsId = (await other.createEntry('2026-11-03', { content: doc('theirs') })).id;
    });
    await vault.saveEntry({ id: ours.id, content: doc('mine, edited') });

    expect(textOf(vault, ours.id)).toBe('mine, edited');
    expect(textOf(vault, theirsId)).toBe('theirs');
    expect(merges.flatMap((m) => m.changed.map((e) => e.id))).toContain(theirsId);
    expect(conflictCopies(vault)).toEqual([]);
    await vault.close();

    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(reopened, ours.id)).toBe('mine, edited');
    expect(textOf(reopened, theirsId)).toBe('theirs');
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });

  it('the same entry changed on both sides: ours stays, theirs is kept as a conflict copy', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const merges: ExternalMerge[] = [];
    vault.onExternalChange = (m) => merges.push(m);
    const entry = await vault.createEntry('2026-11-02', { content: doc('first words') });
    await otherWriter(async (other) => {
      await other.saveEntry({ id: entry.id, content: doc('written on the laptop') });
    });
    await vault.saveEntry({ id: entry.id, content: doc('written here') });

    expect(textOf(vault, entry.id)).toBe('written here');
    const copies = conflictCopies(vault);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ type: 'entry', recordId: entry.id });
    expect(JSON.stringify(copies[0]?.theirs.content)).toContain('written on the laptop');
    expect(merges.reduce((n, m) => n + m.conflicts, 0)).toBe(1);
    await vault.close();

    // Both versions are on disk, encrypted, and survive a reopen.
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(reopened, entry.id)).toBe('written here');
    expect(conflictCopies(reopened)).toHaveLength(1);
    await reopened.close();
  });

  it('their deletion of an entry we left alone is honoured; an entry we edited is not deleted', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const untouched = await vault.createEntry('2026-11-02', { content: doc('old note') });
    const edited = await vault.createEntry('2026-11-03', { content: doc('draft') });
    await otherWriter(async (other) => {
      await other.deleteEntries([untouched.id, edited.id]);
    });
    await vault.saveEntry({ id: edited.id, content: doc('draft, finished here') });

    expect(vault.getEntry(untouched.id)).toBeUndefined();
    expect(textOf(vault, edited.id)).toBe('draft, finished here');
    await vault.close();
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.listEntries().map((e) => e.id)).toEqual([edited.id]);
    await reopened.close();
  });

  it('a month only they wrote is taken in when we next save, and the journal reopens clean', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const ours = await vault.createEntry('2026-11-02', { content: doc('november') });
    let theirsId = '';
    await otherWriter(async (other) => {
      theirsId = (await other.createEntry('2026-10-20', { content: doc('october, elsewhere') })).id;
    });
    await vault.saveEntry({ id: ours.id, title: 'Renamed' });

    expect(textOf(vault, theirsId)).toBe('october, elsewhere');
    await vault.close();
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(reopened.notices).toEqual([]);
    expect(
      reopened
        .listEntries()
        .map((e) => e.id)
        .sort(),
    ).toEqual([ours.id, theirsId].sort());
    expect((await reopened.verify()).ok).toBe(true);
    await reopened.close();
  });

  it('a sync tool putting back an older copy never wins silently: it becomes a conflict copy', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const entry = await vault.createEntry('2026-11-02', { content: doc('version one') });
    const other = await vault.createEntry('2026-11-04', { content: doc('another day') });
    const shard = join(dir, 'entries', '2026-11.wpv');
    const old = await readFile(shard);
    await vault.saveEntry({ id: entry.id, content: doc('version two') });
    await writeFile(shard, old);
    await vault.saveEntry({ id: other.id, content: doc('another day, edited') });

    expect(textOf(vault, entry.id)).toBe('version two');
    expect(textOf(vault, other.id)).toBe('another day, edited');
    const copies = conflictCopies(vault);
    expect(copies.map((c) => c.recordId)).toEqual([entry.id]);
    expect(JSON.stringify(copies[0]?.theirs.content)).toContain('version one');
    await vault.close();
  });

  it('a version we cannot read is set aside byte for byte, never overwritten', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    const entry = await vault.createEntry('2026-11-02', { content: doc('mine') });
    const foreign = Buffer.from('a file from somewhere else, not ours to overwrite');
    await writeFile(join(dir, 'entries', '2026-11.wpv'), foreign);
    await vault.saveEntry({ id: entry.id, content: doc('mine, still') });

    const aside = await readdir(join(dir, 'set-aside'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, 'set-aside', aside[0] ?? ''))).toEqual(foreign);
    await vault.close();
    const reopened = await Vault.open(dir, PASSPHRASE, opts);
    expect(textOf(reopened, entry.id)).toBe('mine, still');
    await reopened.close();
  });

  it('records (goals, plans…) changed on both sides keep both versions too', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, opts);
    await vault.putRecord('goals', 'g1', { title: 'Walk more' });
    await otherWriter(async (other) => {
      await other.putRecord('goals', 'g1', { title: 'Walk every day' });
      await other.putRecord('goals', 'g2', { title: 'Sleep earlier' });
    });
    await vault.putRecord('goals', 'g1', { title: 'Walk after lunch' });

    expect(vault.getRecords('goals')).toEqual([
      { id: 'g1', value: { title: 'Walk after lunch' } },
      { id: 'g2', value: { title: 'Sleep earlier' } },
    ]);
    expect(conflictCopies(vault)).toEqual([
      expect.objectContaining({
        type: 'goals',
        recordId: 'g1',
        theirs: { title: 'Walk every day' },
      }),
    ]);
    await vault.close();
  });
});

describe('the choice, per entry, through the handlers', () => {
  it('keep mine, keep theirs and keep both each do what they say, and the notice count drops', async () => {
    const now = () => new Date();
    const t = await openTestTable(now);
    try {
      const made = await Promise.all(
        ['a', 'b', 'c'].map((x) =>
          callOk(t.handlers, 'journal:create', {
            date: '2026-11-02',
            title: x,
            content: doc(`${x} here`),
          }),
        ),
      );
      const ids = made.map((e) => e.id);
      // The session holds the lock; the other writer is a second Vault in this process. Each
      // round: they change one entry, then we save our own change to it.
      for (const id of ids) {
        const other = await Vault.open(t.dir, PASSPHRASE, opts);
        await other.saveEntry({ id, content: doc(`${id} on the laptop`) });
        await other.close();
        await callOk(t.handlers, 'journal:save', { id, content: doc(`${id} here, later`) });
      }

      const listed = await callOk(t.handlers, 'conflicts:list', {});
      expect(listed).toHaveLength(3);
      expect(listed[0]).toMatchObject({
        type: 'entry',
        canKeepBoth: true,
        mine: { excerpt: `${listed[0]?.recordId} here, later` },
        theirs: { excerpt: `${listed[0]?.recordId} on the laptop` },
      });
      const [mine, theirs, both] = listed.map((c) => c.id);
      const byId = new Map(listed.map((c) => [c.id, c.recordId]));

      expect(await callOk(t.handlers, 'conflicts:resolve', { id: mine, choice: 'mine' })).toEqual({
        entryId: null,
      });
      const kept = await callOk(t.handlers, 'journal:get', { id: byId.get(mine ?? '') });
      expect(docToText(kept.content)).toBe(`${kept.id} here, later`);

      await callOk(t.handlers, 'conflicts:resolve', { id: theirs, choice: 'theirs' });
      const taken = await callOk(t.handlers, 'journal:get', { id: byId.get(theirs ?? '') });
      expect(docToText(taken.content)).toBe(`${taken.id} on the laptop`);

      const result = await callOk(t.handlers, 'conflicts:resolve', { id: both, choice: 'both' });
      const original = await callOk(t.handlers, 'journal:get', { id: byId.get(both ?? '') });
      const copy = await callOk(t.handlers, 'journal:get', { id: result.entryId });
      expect(docToText(original.content)).toBe(`${original.id} here, later`);
      expect(docToText(copy.content)).toBe(`${original.id} on the laptop`);
      expect(copy.title).toBe(`${original.title} (other version)`);

      expect(await callOk(t.handlers, 'conflicts:list', {})).toEqual([]);
      const again = await (t.handlers['conflicts:resolve'] as (i: unknown) => Promise<unknown>)({
        id: mine,
        choice: 'theirs',
      });
      expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      await t.close();
    }
  });
});

describe('mergeById', () => {
  const r = (id: string, v: string) => ({ id, v });
  it('takes one-sided changes, keeps ours and theirs on a clash, and never drops an edit', () => {
    const base = [
      r('same', '0'),
      r('ours', '0'),
      r('theirs', '0'),
      r('clash', '0'),
      r('gone', '0'),
      r('editDel', '0'),
    ];
    const ours = [
      r('same', '0'),
      r('ours', '1'),
      r('theirs', '0'),
      r('clash', 'o'),
      r('gone', '0'),
      r('editDel', 'o'),
      r('newO', 'o'),
    ];
    const theirs = [
      r('same', '0'),
      r('ours', '0'),
      r('theirs', '1'),
      r('clash', 't'),
      r('newT', 't'),
    ];
    const result = mergeById(base, ours, theirs);
    expect(result.merged).toEqual([
      r('same', '0'),
      r('ours', '1'),
      r('theirs', '1'),
      r('clash', 'o'),
      r('editDel', 'o'),
      r('newO', 'o'),
      r('newT', 't'),
    ]);
    expect(result.conflicts).toEqual([{ ours: r('clash', 'o'), theirs: r('clash', 't') }]);
    expect(result.removed).toEqual(['gone']);
    expect(result.fromTheirs).toEqual([r('theirs', '1'), r('newT', 't')]);
  });
});
