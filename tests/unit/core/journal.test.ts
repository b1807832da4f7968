import { describe, expect, it } from 'vitest';
import {
  countWords,
  docToText,
  isRealDate,
  isoDateSchema,
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
