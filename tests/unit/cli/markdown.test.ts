import { describe, expect, it } from 'vitest';
import { docToMarkdown, docToPlainText } from '../../../electron/core/cli/markdown';
import type { DocNode } from '../../../shared/journal';

const text = (t: string, ...marks: string[]): DocNode =>
  marks.length
    ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: t };
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });

describe('docToMarkdown', () => {
  it('renders paragraphs separated by blank lines and hard breaks', () => {
    const md = docToMarkdown(
      doc(p(text('one')), p(text('two'), { type: 'hardBreak' }, text('three'))),
    );
    expect(md).toBe('one\n\ntwo\\\nthree');
  });

  it('renders bold as ** and italic as _, merging neighbouring runs', () => {
    const md = docToMarkdown(
      doc(
        p(
          text('a '),
          text('bold', 'bold'),
          text(' and '),
          text('it', 'italic'),
          text('al', 'italic'),
        ),
      ),
    );
    expect(md).toBe('a **bold** and _ital_');
  });

  it('keeps spaces outside the delimiters and nests marks', () => {
    expect(docToMarkdown(doc(p(text('a'), text(' both ', 'bold', 'italic'), text('x'))))).toBe(
      'a **_both_** x',
    );
    expect(docToMarkdown(doc(p(text('gone', 'strike'))))).toBe('~~gone~~');
    expect(docToMarkdown(doc(p(text('a`b', 'code'))))).toBe('``a`b``');
  });

  it('renders links', () => {
    const link: DocNode = {
      type: 'text',
      text: 'site',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }],
    };
    expect(docToMarkdown(doc(p(link)))).toBe('[site](https://example.org/a)');
  });

  it('renders headings with #, shifted by the offset', () => {
    const h = (level: number, t: string): DocNode => ({
      type: 'heading',
      attrs: { level },
      content: [text(t)],
    });
    expect(docToMarkdown(doc(h(1, 'Top'), h(2, 'Sub')))).toBe('# Top\n\n## Sub');
    expect(docToMarkdown(doc(h(1, 'Top')), { headingOffset: 1 })).toBe('## Top');
  });

  it('renders bullet, ordered, nested and task lists', () => {
    const bullets: DocNode = {
      type: 'bulletList',
      content: [
        li(p(text('apples'))),
        li(p(text('pears')), { type: 'bulletList', content: [li(p(text('green')))] }),
      ],
    };
    expect(docToMarkdown(doc(bullets))).toBe('- apples\n- pears\n  - green');
    const ordered: DocNode = {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [li(p(text('c'))), li(p(text('d')))],
    };
    expect(docToMarkdown(doc(ordered))).toBe('3. c\n4. d');
    const tasks: DocNode = {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [p(text('done'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [p(text('todo'))] },
      ],
    };
    expect(docToMarkdown(doc(tasks))).toBe('- [x] done\n- [ ] todo');
  });

  it('renders quotes, code blocks and rules', () => {
    expect(docToMarkdown(doc({ type: 'blockquote', content: [p(text('a')), p(text('b'))] }))).toBe(
      '> a\n>\n> b',
    );
    expect(
      docToMarkdown(
        doc({ type: 'codeBlock', attrs: { language: 'js' }, content: [text('let a = 1;\n*x*')] }),
      ),
    ).toBe('```js\nlet a = 1;\n*x*\n```');
    expect(docToMarkdown(doc(p(text('a')), { type: 'horizontalRule' }, p(text('b'))))).toBe(
      'a\n\n---\n\nb',
    );
  });

  it('escapes text that Markdown would read as formatting', () => {
    expect(docToMarkdown(doc(p(text('2*3*4 and _x_ <b>'))))).toBe('2\\*3\\*4 and \\_x\\_ \\<b>');
    expect(docToMarkdown(doc(p(text('# not a heading'))))).toBe('\\# not a heading');
    expect(docToMarkdown(doc(p(text('- not a list'))))).toBe('\\- not a list');
    expect(docToMarkdown(doc(p(text('1. not a list'))))).toBe('1\\. not a list');
    expect(docToMarkdown(doc(p(text('> not a quote'))))).toBe('\\> not a quote');
  });

  it('skips empty paragraphs and keeps text of unknown nodes', () => {
    expect(docToMarkdown(doc(p(), { type: 'paragraph' }, p(text('x'))))).toBe('x');
    expect(docToMarkdown(doc({ type: 'mystery', content: [p(text('kept'))] }))).toBe('kept');
    expect(docToMarkdown({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});

describe('docToPlainText', () => {
  it('keeps words apart at hard breaks and does not escape', () => {
    const d = doc(
      p(text('one *two*', 'bold'), { type: 'hardBreak' }, text('three')),
      p(text('four')),
    );
    expect(docToPlainText(d)).toBe('one *two*\nthree\n\nfour');
  });

  it('renders lists with markers and headings without #', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
      { type: 'bulletList', content: [li(p(text('a'))), li(p(text('b')))] },
    );
    expect(docToPlainText(d)).toBe('Title\n\n- a\n- b');
  });
});
