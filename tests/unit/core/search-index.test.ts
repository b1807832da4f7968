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

  it('shows the current text of an edited entry in its snippet and first line', async () => {
    const walk = entry('Rain all day.', { title: 'Quiet Sunday' });
    const index = await indexOf([walk, entry('Another quiet evening.')]);
    index.upsert({
      ...walk,
      content: doc('A long walk by the sea.', 'Felt lighter afterwards.'),
      version: 2,
    });

    const [byTitle] = index.search('sunday');
    expect(byTitle?.field).toBe('title');
    expect(byTitle?.firstLine).toBe('A long walk by the sea.');
    const [byText] = index.search('lighter');
    expect(byText?.entryId).toBe(walk.id);
    expect(byText?.snippet).toBe('A long walk by the sea. Felt lighter afterwards.');
    expect(byText?.highlights.map(([s, e]) => byText.snippet.slice(s, e))).toEqual(['lighter']);
    expect(index.search('rain')).toEqual([]);
  });

  it('finds exactly the live entries, ranked by how often they use the word, after most are deleted or edited', async () => {
    // Eight words each; "weeding" 1 to 7 times, so the more often, the higher it ranks.
    const times = (i: number) => ((i * 3) % 7) + 1;
    const text = (n: number, i: number) =>
      [...Array<string>(n).fill('weeding'), ...Array<string>(8 - n).fill('garden'), i].join(' ');
    const days = Array.from({ length: 400 }, (_, i) => entry(text(times(i), i)));
    const index = await indexOf(days);
    days.forEach((day, i) => {
      if (i % 5 !== 0) index.remove(day.id);
    });
    const kept = days.filter((_, i) => i % 5 === 0);
    const edited = kept[3];
    if (!edited) throw new Error('no entry');
    // An edit now uses the word more than any other entry: it ranks first.
    index.upsert({ ...edited, content: doc(text(8, 3)), version: 2 });
    for (let i = 0; i < 50; i += 1) index.upsert(entry(`New garden note ${i}, no weeds.`));

    const hits = index.search('weeding', 1000);
    const expected = [...kept]
      .map((day) => ({ id: day.id, n: day.id === edited.id ? 8 : times(days.indexOf(day)) }))
      .sort((a, b) => b.n - a.n)
      .map((d) => d.id);
    expect(hits.map((h) => h.entryId)).toEqual(expected);
    expect(hits[0]?.snippet).toBe(text(8, 3));
    expect(index.search('garden', 1000)).toHaveLength(kept.length - 1 + 50);
  });

  it('finds a word in entries hundreds apart, and ranks the one using it hundreds of times first', async () => {
    const days = Array.from({ length: 600 }, (_, i) =>
      entry(i === 0 || i === 599 ? `Saw a heron today, day ${i}.` : `Plain day ${i}.`),
    );
    const often = entry(`${'heron '.repeat(300)}by the lake.`);
    const index = await indexOf([...days.slice(0, 300), often, ...days.slice(300)]);

    const hits = index.search('heron', 10);
    expect(hits.map((h) => h.entryId)).toEqual([often.id, days[0]?.id, days[599]?.id]);
    expect(index.search('plain day', 1000)).toHaveLength(598);
  });
});
