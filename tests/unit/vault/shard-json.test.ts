import { describe, expect, it } from 'vitest';
import { withEntryDefaults, type Entry } from '../../../shared/journal';
import { shardJson as pieces } from '../../../electron/core/vault/shardJson';

const shardJson = (data: unknown): string => Buffer.concat(pieces(data)).toString('utf8');
import { doc } from '../../support/vaultFixtures';

function entry(id: string, text: string, version = 1): Entry {
  return withEntryDefaults({
    id,
    date: '2026-11-20',
    title: `Title ${id}`,
    content: doc(text),
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: `2026-11-20T10:00:0${String(version)}.000Z`,
    version,
  });
}

describe('an entry shard is written as exactly JSON.stringify would write it', () => {
  it('for awkward text, an empty month and shapes that are not entry shards', () => {
    const awkward = [
      entry('a', 'emoji 🌱 and CJK 日本語 and Arabic مرحبا'),
      entry('b', 'a lone surrogate \uD83D and a NUL \u0000 and "quotes" \\ back'),
      { ...entry('c', 'no tags'), tags: ['x', 'y'], pinned: true },
    ];
    for (const data of [
      { entries: awkward },
      { entries: [] },
      { records: [{ id: 'r', value: { a: 1 } }] },
      { entries: awkward, extra: 1 },
      [],
    ])
      expect(shardJson(data)).toBe(JSON.stringify(data));
  });

  it('never writes an older copy: a new version is a new object, written afresh', () => {
    const first = entry('a', 'first words');
    const other = entry('b', 'unchanged');
    expect(shardJson({ entries: [first, other] })).toBe(
      JSON.stringify({ entries: [first, other] }),
    );
    const second = { ...first, content: doc('second words'), version: 2 };
    const json = shardJson({ entries: [second, other] });
    expect(json).toBe(JSON.stringify({ entries: [second, other] }));
    expect(json).toContain('second words');
    expect(json).not.toContain('first words');
  });
});
