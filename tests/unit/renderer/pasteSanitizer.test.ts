import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../renderer/src/editor/pasteSanitizer';

/**
 * The allow-list logic, run on happy-dom's parser in Node. The same function runs on
 * Chromium's own parser in the e2e paste tests (tests/e2e/editor-paste.spec.ts), which also
 * prove that nothing is requested and no CSP violation is reported.
 */
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
});
const parser = new window.DOMParser() as unknown as DOMParser;
const clean = (html: string) => sanitizePastedHtml(html, parser);

describe('sanitizePastedHtml', () => {
  it('keeps structure: headings, paragraphs, lists, quotes, rules, breaks', () => {
    expect(
      clean(
        '<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol><blockquote><p>q</p></blockquote><hr>',
      ),
    ).toBe(
      '<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol><blockquote><p>q</p></blockquote><hr>',
    );
  });

  it('maps headings onto the two levels the editor has', () => {
    expect(clean('<h1>a</h1><h3>b</h3><h4>c</h4><h6>d</h6>')).toBe(
      '<h2>a</h2><h3>b</h3><h3>c</h3><h3>d</h3>',
    );
  });

  it('keeps inline marks under their editor names', () => {
    expect(
      clean(
        '<p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><strike>x</strike><del>d</del><s>s</s><mark>m</mark></p>',
      ),
    ).toBe(
      '<p><strong>b</strong><strong>s</strong><em>i</em><em>e</em><u>u</u><s>x</s><s>d</s><s>s</s><mark>m</mark></p>',
    );
  });

  it('drops scripts, styles, frames, forms and every kind of image with their contents', () => {
    const out = clean(
      '<style>p{color:red}</style><script>alert(1)</script><p>kept</p>' +
        '<img src="https://example.com/x.png"><picture><source srcset="https://e.com/a"><img src="https://e.com/b"></picture>' +
        '<iframe src="https://example.com"></iframe><object data="x"></object><embed src="y">' +
        '<svg><image href="https://e.com/c"></image></svg><video src="https://e.com/v"></video>' +
        '<form><input value="v"><button>b</button><textarea>t</textarea></form><noscript>ns</noscript><template><p>t</p></template>',
    );
    expect(out).toBe('<p>kept</p>');
  });

  it('strips every attribute: classes, ids, styles, event handlers, targets', () => {
    expect(
      clean(
        '<p class="a" id="b" style="color:red" onclick="x()" onmouseover="y()" data-x="1" dir="ltr">t</p>',
      ),
    ).toBe('<p>t</p>');
  });

  it('keeps only web links, with nothing but the address', () => {
    expect(
      clean(
        '<p><a href="https://example.org/a" target="_blank" rel="opener" onclick="x()" class="c">ok</a>' +
          '<a href="http://example.org/b">ok2</a>' +
          '<a href="javascript:alert(1)">js</a><a href=" JAVASCRIPT:alert(1)">js2</a>' +
          '<a href="data:text/html,x">data</a><a href="file:///etc/passwd">file</a>' +
          '<a href="/relative">rel</a><a href="https://user:pw@example.org/">creds</a><a>none</a></p>',
      ),
    ).toBe(
      '<p><a href="https://example.org/a">ok</a><a href="http://example.org/b">ok2</a>jsjs2datafilerelcredsnone</p>',
    );
  });

  it('turns word-processor styles into marks and ignores the Google Docs not-bold wrapper', () => {
    expect(
      clean(
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p>' +
          '<span style="font-weight:700">B</span><span style="font-style: italic">I</span>' +
          '<span style="text-decoration:underline">U</span><span style="text-decoration-line: line-through">S</span>' +
          '<span style="font-weight:400">plain</span></p></b>',
      ),
    ).toBe('<p><strong>B</strong><em>I</em><u>U</u><s>S</s>plain</p>');
  });

  it("drops Word's comments and unknown Office tags but keeps their words", () => {
    expect(
      clean(
        '<!--[if gte mso 9]><xml><o:x>hidden</o:x></xml><![endif]--><p class="MsoNormal">Word<o:p></o:p></p>',
      ),
    ).toBe('<p>Word</p>');
  });

  it('keeps task lists with only their known markers', () => {
    expect(
      clean(
        '<ul data-type="taskList" data-evil="1"><li data-type="taskItem" data-checked="true" onclick="x"><label><input type="checkbox" checked><span></span></label><div><p>done</p></div></li>' +
          '<li data-type="taskItem" data-checked="maybe"><p>todo</p></li></ul>',
      ),
    ).toBe(
      '<ul data-type="taskList"><li data-type="taskItem" data-checked="true"><div><p>done</p></div></li><li data-type="taskItem" data-checked="false"><p>todo</p></li></ul>',
    );
  });

  it('keeps a list start number only when it is a sane number', () => {
    expect(clean('<ol start="4"><li>d</li></ol><ol start="x"><li>e</li></ol>')).toBe(
      '<ol start="4"><li>d</li></ol><ol><li>e</li></ol>',
    );
  });

  it('escapes text rather than passing markup through', () => {
    expect(clean('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });

  it('keeps the words of absurdly deep nesting without recursing forever', () => {
    const deep = '<span>'.repeat(5_000) + 'deep words' + '</span>'.repeat(5_000);
    expect(clean(`<p>${deep}</p>`)).toContain('deep words');
  });

  it('renames style elements and attributes before parsing, even several in one tag', () => {
    // Chromium reports parsed inline styles as CSP violations even in an inert document.
    expect(clean('<STYLE media="x">p{}</STYLE><p style="a" STYLE = "b" title="style=">t</p>')).toBe(
      '<p>t</p>',
    );
  });
});
