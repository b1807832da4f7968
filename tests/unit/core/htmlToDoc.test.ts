import { describe, expect, it } from 'vitest';
import { docToText } from '../../../shared/journal';
import { htmlToDoc } from '../../../electron/core/import/htmlToDoc';

describe('htmlToDoc', () => {
  it('converts paragraphs with emphasis and entities', () => {
    const doc = htmlToDoc(
      '<p>Jan. 1st (Lord&#8217;s day). I rose, <em>put on</em> my suit.</p><p>Second &amp; last.</p>',
    );
    expect(doc).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Jan. 1st (Lord’s day). I rose, ' },
            { type: 'text', text: 'put on', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' my suit.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second & last.' }] },
      ],
    });
  });

  it('drops scripts, styles and unknown tags but keeps their neighbours', () => {
    const doc = htmlToDoc(
      '<p>a<script>alert(1)</script><img src="http://x/y.png">b</p><style>p{}</style>',
    );
    expect(docToText(doc)).toBe('ab');
  });

  it('keeps lists, headings and line breaks, and gives an empty input an empty paragraph', () => {
    const doc = htmlToDoc(
      '<h2>Plan</h2><ul><li>walk</li><li>call <strong>Sam</strong></li></ul><p>one<br>two</p>',
    );
    expect(doc.content?.map((n) => n.type)).toEqual(['heading', 'bulletList', 'paragraph']);
    expect(doc.content?.[0]?.attrs).toEqual({ level: 2 });
    expect(doc.content?.[1]?.content?.map((n) => n.type)).toEqual(['listItem', 'listItem']);
    expect(doc.content?.[2]?.content?.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
    expect(htmlToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
