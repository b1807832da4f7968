import { describe, expect, it } from 'vitest';
import { textToDoc } from '../../../electron/core/cli/textToDoc';
import { docNodeSchema } from '../../../shared/journal';

describe('textToDoc', () => {
  it('turns blank-line separated blocks into paragraphs', () => {
    expect(textToDoc('First paragraph.\n\nSecond one.')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second one.' }] },
      ],
    });
  });

  it('turns single newlines into hard breaks', () => {
    expect(textToDoc('roses\nviolets')).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'roses' },
            { type: 'hardBreak' },
            { type: 'text', text: 'violets' },
          ],
        },
      ],
    });
  });

  it('handles CRLF, several blank lines, whitespace-only lines and trailing spaces', () => {
    const doc = textToDoc('\r\n\r\na  \r\nb\r\n \t\r\n\r\n\r\nc\r\n\r\n');
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'c' }] },
    ]);
  });

  it('keeps leading indentation and never makes empty text nodes', () => {
    const doc = textToDoc('  indented\n\tnext');
    expect(doc.content?.[0]?.content).toEqual([
      { type: 'text', text: '  indented' },
      { type: 'hardBreak' },
      { type: 'text', text: '\tnext' },
    ]);
    const json = JSON.stringify(textToDoc('x\n\n\ny\n'));
    expect(json).not.toContain('"text":""');
  });

  it('gives the empty document for empty or blank input', () => {
    expect(textToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(textToDoc(' \n\n \n')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('produces documents the entry schema accepts', () => {
    const doc = textToDoc('Ünïcödé ✓ and emoji 🌊\n\nline\nline');
    expect(docNodeSchema.safeParse(doc).success).toBe(true);
  });
});
