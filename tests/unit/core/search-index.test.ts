import { describe, expect, it } from 'vitest';
import { withEntryDefaults, type Entry } from '../../../shared/journal';
import { SearchIndex } from '../../../electron/core/journal/searchIndex';
import { doc } from '../../support/vaultFixtures';

let n = 0;
function entry(text: string, more: Partial<Entry> = {}): Entry {
  n += 1;
  const date = more.date ?? `2026-01-${String((n % 28) + 1).padStart(2, '0')}`;
  return withEntryDefaults({
    id: `e${n}`,
    date,
    title: '',
    content: doc(text),
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    version: 1,
    ...more,
  });
}

async function indexOf(entries: Entry[]): Promise<SearchIndex> {
  const index = new SearchIndex();
  await index.build(entries);
  return index;
}

describe('journal search index', () => {
  it('needs every word, completes only the last one, and highlights the whole word', async () => {
    const anxious = entry('Felt anxious before the session, then calmer.');
    const answer = entry('Waiting for an answer from my sister.');
    const index = await indexOf([anxious, answer]);

    const hits = index.search('session anx');
    expect(hits.map((h) => h.entryId)).toEqual([anxious.id]);
    const [hit] = hits;
    expect(hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual([
      'anxious',
      'session',
    ]);
    // Only the last word is a prefix: "sess" alone finds it, "sess calmer" does not.
    expect(index.search('sess').map((h) => h.entryId)).toEqual([anxious.id]);
    expect(index.search('sess calmer')).toEqual([]);
    // An untitled entry's hit carries its first line, to be named by it.
    expect(hit?.title).toBe('');
    expect(hit?.firstLine).toBe('Felt anxious before the session, then calmer.');
    expect(index.search('an').map((h) => h.entryId)).toEqual(
      expect.arrayContaining([anxious.id, answer.id]),
    );
  });

  it('returns only the best few of thousands of matches, title matches first, never trashed ones', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      entry(`Morning walk number ${i} along the river.`),
    );
    const titled = entry('Nothing much.', { title: 'The river walk' });
    const trashed = entry('River, river, river.', {
      title: 'River river',
      deletedAt: '2026-02-01T00:00:00.000Z',
    });
    const index = await indexOf([...many, titled, trashed]);

    const hits = index.search('river', 5);
    expect(hits).toHaveLength(5);
    expect(hits[0]?.entryId).toBe(titled.id);
    expect(hits[0]?.field).toBe('title');
    expect(hits.map((h) => h.entryId)).not.toContain(trashed.id);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds the new text of an entry saved while the index was still being built', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => entry(`Ordinary day ${i}.`));
    const first = entries[entries.length - 1];
    const second = entries[entries.length - 2];
    if (!first || !second) throw new Error('no entries');
    const index = new SearchIndex();
    const building = index.build(entries);
    // The build has not reached these yet: a save and a permanent delete happen meanwhile.
    index.upsert({ ...first, content: doc('A long swim instead.'), version: 2 });
    index.remove(second.id);
    await building;

    expect(index.search('swim').map((h) => h.entryId)).toEqual([first.id]);
    expect(index.search('ordinary day', 5000).map((h) => h.entryId)).not.toContain(first.id);
    expect(index.search('ordinary day', 5000).map((h) => h.entryId)).not.toContain(second.id);
    expect(index.size).toBe(2999);
  });

  it('forgets replaced and removed text, however many times an entry changes', async () => {
    const one = entry('Tea with Sam.');
    const index = await indexOf([one]);
    for (let version = 2; version < 40; version += 1)
      index.upsert({ ...one, content: doc(`Version ${version} of the day.`), version });
    expect(index.search('sam')).toEqual([]);
    expect(index.search('version').map((h) => h.snippet)).toEqual(['Version 39 of the day.']);
    index.remove(one.id);
    expect(index.search('version')).toEqual([]);
    expect(index.size).toBe(0);
  });
});
