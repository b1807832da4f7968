import { focusEnd, paste } from './editorFlows';
import { expect, test } from './fixtures';
import { createJournal, editor, expectSaved, newEntry } from './flows';

/** What a hostile or messy web page might put on the clipboard. */
const DANGEROUS_HTML = `
<html><head><style>p { color: red }</style><script>window.__pwned = 'head script'</script></head>
<body>
<h1 class="title" style="font-size:40px" onclick="window.__pwned='h1'">Pasted heading</h1>
<p id="intro" class="lead">Some <b>bold</b>, <i>italic</i> and
  <a href="https://example.org/source" onclick="window.__pwned='a'" target="_blank" class="x">a link</a>.</p>
<script>window.__pwned = 'body script'</script>
<img src="https://example.com/x.png" alt="tracking pixel" onerror="window.__pwned='img'">
<picture><source srcset="https://example.com/y.webp"><img src="https://example.com/y.png"></picture>
<iframe src="https://example.com/frame"></iframe>
<svg><image href="https://example.com/z.png"/></svg>
<div style="background-image:url(https://example.com/bg.png)">Background div</div>
<ul><li>first point</li><li onmouseover="window.__pwned='li'">second point</li></ul>
<ol start="3"><li>third</li></ol>
<blockquote>A quoted line</blockquote>
<form action="https://example.com/f"><input value="x"><button>Go</button></form>
<p>End of paste</p>
</body></html>`;

test('pasted web HTML keeps its structure and loses scripts, styles, handlers and images', async ({
  app,
}) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);

  await paste(page, { html: DANGEROUS_HTML, text: 'plain fallback' });
  await expect(box).toContainText('End of paste');

  // Structure kept.
  await expect(box.locator('h2')).toHaveText('Pasted heading');
  await expect(box.locator('strong')).toHaveText('bold');
  await expect(box.locator('em')).toHaveText('italic');
  await expect(box.getByRole('link', { name: 'a link' })).toHaveAttribute(
    'href',
    'https://example.org/source',
  );
  await expect(box.locator('ul > li')).toHaveText(['first point', 'second point']);
  await expect(box.locator('ol > li')).toHaveText(['third']);
  await expect(box.locator('ol')).toHaveAttribute('start', '3');
  await expect(box.locator('blockquote')).toHaveText('A quoted line');
  await expect(box).toContainText('Background div');

  // Nothing dangerous reached the document.
  const html = await box.innerHTML();
  for (const bad of [
    '<script',
    '<style',
    '<img',
    '<iframe',
    '<svg',
    '<picture',
    '<form',
    '<input',
    'onclick',
    'onerror',
    'onmouseover',
    'example.com',
    'style=',
    'class="lead"',
    'class="title"',
    'target=',
  ]) {
    expect(html, bad).not.toContain(bad);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBe(
    undefined,
  );
  await expect(page.locator('img[src^="https://"], iframe')).toHaveCount(0);
  await expectSaved(page);
  // The fixture fails the test on any request outside the app (the image above included).
});

test('word-processor HTML keeps bold and italic written as styles', async ({ app }) => {
  const { page } = app;
  const box = editor(page);
  await createJournal(page);
  await newEntry(page);
  await focusEnd(page);

  // The shape of a Google Docs paste: a not-bold <b> wrapper, styles on spans.
  await paste(page, {
    html:
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">' +
      '<p dir="ltr"><span style="font-weight:700">Strong</span> and ' +
      '<span style="font-style:italic">slanted</span> and ' +
      '<span style="text-decoration:underline">underlined</span>.</p></b>' +
      // Word's conditional comments and Office tags.
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->' +
      '<p class="MsoNormal">Word paragraph<o:p></o:p></p>',
  });
  await expect(box).toContainText('Word paragraph');
  await expect(box.locator('strong')).toHaveText('Strong');
  await expect(box.locator('em')).toHaveText('slanted');
  await expect(box.locator('u')).toHaveText('underlined');
  // Only "Strong" is bold: the wrapper <b> wasn't taken at its word.
  await expect(box.locator('strong')).toHaveCount(1);
  expect(await box.innerHTML()).not.toContain('MsoNormal');
});
