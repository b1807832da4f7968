import { describe, expect, it } from 'vitest';
import {
  countWords,
  docToText,
  isRealDate,
  isoDateSchema,
  previewOf,
  summarizeEntry,
  withEntryDefaults,
} from '../../../shared/journal';

describe('journal helpers', () => {
  it('docToText separates blocks and line breaks so words never merge', () => {
    const text = docToText({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'one' },
            { type: 'hardBreak' },
            { type: 'text', text: 'two' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }],
            },
          ],
        },
      ],
    });
    expect(text).toBe('one\ntwo\nthree');
    expect(countWords(text)).toBe(3);
  });

  it('counts words across languages and apostrophes', () => {
    expect(countWords("I'm going to Zürich — it's late")).toBe(6);
    expect(countWords('   ')).toBe(0);
    expect(countWords('A well-known café, ’twas 42 days')).toBe(6);
    expect(countWords('word '.repeat(1000))).toBe(1000);
  });

  it('previews the start of an entry on one line, however much blank space comes first', () => {
    expect(previewOf('\n\n   Slept badly.\n\n  Walked   the dog.  ')).toBe(
      'Slept badly. Walked the dog.',
    );
    expect(previewOf(`${'\n'.repeat(3000)}Only this.`)).toBe('Only this.');
    const spaced = `Start${' \n'.repeat(2000)}end ${'word '.repeat(100)}`;
    expect(previewOf(spaced)).toBe(`Start end ${'word '.repeat(100)}`.slice(0, 160));
    const long = 'walk '.repeat(100);
    expect(previewOf(long)).toBe(long.slice(0, 160));
    expect(previewOf(`${'x'.repeat(160)}   \n  `)).toBe('x'.repeat(160));
    expect(previewOf(' \n ')).toBe('');
  });

  it('accepts only dates that exist', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isoDateSchema.safeParse('2026-04-31').success).toBe(false);
    expect(isoDateSchema.safeParse('2026-11-26').success).toBe(true);
  });

  it('summarises an entry with a short single-line preview', () => {
    const summary = summarizeEntry(
      withEntryDefaults({
        id: 'a',
        date: '2026-11-26',
        title: '',
        content: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: `${'word '.repeat(100)}end` }] },
          ],
        },
        createdAt: '2026-11-26T10:00:00Z',
        updatedAt: '2026-11-26T10:00:00Z',
        version: 1,
      }),
    );
    expect(summary.preview.length).toBeLessThanOrEqual(160);
    expect(summary.words).toBe(101);
  });
});
