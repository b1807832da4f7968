import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { findInDoc } from '../../../renderer/src/editor/findInDoc';

// A small schema with the shapes that matter: blocks, marks splitting text, an inline atom.
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    heading: { group: 'block', content: 'inline*', attrs: { level: { default: 2 } } },
    text: { group: 'inline' },
    mention: { group: 'inline', inline: true, atom: true, attrs: { id: { default: '' } } },
  },
  marks: { italic: {} },
});

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', content: [{ type: 'text', text: 'Saturday' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Walked to the ' },
        { type: 'mention', attrs: { id: 'g1' } },
        { type: 'text', text: ' lake near Zü' },
        { type: 'text', text: 'rich', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' and the Café.' },
      ],
    },
  ],
});

const textAt = (range: { from: number; to: number } | null) =>
  range ? doc.textBetween(range.from, range.to, '\n', '@') : null;

describe('findInDoc', () => {
  it('selects the first match, accent- and case-insensitive, across marks and chips', () => {
    expect(textAt(findInDoc(doc, 'ZURICH'))).toBe('Zürich');
    expect(textAt(findInDoc(doc, 'cafe'))).toBe('Café');
    expect(textAt(findInDoc(doc, 'lake'))).toBe('lake');
  });

  it('takes the earliest of several words, and a prefix of the last one', () => {
    expect(textAt(findInDoc(doc, 'cafe satur'))).toBe('Satur');
    expect(textAt(findInDoc(doc, 'walk'))).toBe('Walk');
  });

  it('finds nothing when the words are not in the text (they matched the title or tags)', () => {
    expect(findInDoc(doc, 'errands')).toBeNull();
    expect(findInDoc(doc, '   ')).toBeNull();
  });
});
