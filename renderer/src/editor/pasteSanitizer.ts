import { isSafeWebUrl } from './links';

/**
 * Pasted HTML from a web page or a word processor → only the structure the editor keeps:
 * paragraphs, headings, lists (task lists too), quotes, rules, line breaks, bold, italic,
 * underline, strike, highlight and web links. Everything else goes: scripts, styles,
 * classes, ids, event handlers, iframes, forms and every image (an image would be a
 * request to someone else's server, and Waypoint makes none).
 *
 * It builds a fresh tree from an allow-list rather than deleting what looks bad, so
 * anything it doesn't know about cannot survive. The HTML is parsed by DOMParser, whose
 * documents never run scripts or load anything; the parser is a parameter so the unit
 * tests can run it in Node.
 */

export interface HtmlParser {
  parseFromString(source: string, type: 'text/html'): Document;
}

/** Kept as they are (without attributes, except the few handled below). */
const KEPT = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'em',
  'u',
  's',
  'mark',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
]);

/** Renamed to the tag the editor knows. */
const RENAMED: Record<string, string> = {
  h1: 'h2',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  b: 'strong',
  i: 'em',
  cite: 'em',
  ins: 'u',
  strike: 's',
  del: 's',
  // Blocks we don't model keep their contents as their own paragraphs.
  div: 'div',
  section: 'div',
  article: 'div',
  main: 'div',
  header: 'div',
  footer: 'div',
  aside: 'div',
  nav: 'div',
  figure: 'div',
  figcaption: 'div',
  address: 'div',
  pre: 'div',
  dl: 'div',
  dt: 'div',
  dd: 'div',
  table: 'div',
  tr: 'div',
  caption: 'div',
};

/**
 * Parsing `<style>` elements and `style="…"` attributes, even in DOMParser's inert document,
 * counts as applying inline styles under the app's CSP (style-src 'self'): Chromium blocks
 * and reports each one. So before parsing, style elements are renamed to a tag we drop and
 * style attributes to a data attribute we only read. Should a rename miss one (odd markup),
 * the CSP still blocks it: this only keeps the reports away, the allow-list does the rest.
 */
const STYLE_TAG = 'waypoint-pasted-style';
const STYLE_ATTR = 'data-waypoint-style';

function renameStyles(html: string): string {
  const tags = html.replace(/<(\/?)style(?=[\s>/])/gi, `<$1${STYLE_TAG}`);
  // Several style attributes can sit in one tag: repeat until none is left (bounded).
  let out = tags;
  for (let i = 0; i < 8; i += 1) {
    const next = out.replace(/(<[a-z][^<>]*?\s)style(\s*=)/gi, `$1${STYLE_ATTR}$2`);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Removed together with everything inside them. */
const DROPPED = new Set([
  STYLE_TAG,
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'svg',
  'math',
  'map',
  'area',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'dialog',
  'portal',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Deeper than any real document; past it, only the text is kept. */
const MAX_DEPTH = 100;

/** Marks a word processor expresses as inline styles (Google Docs, Word, LibreOffice). */
function styleMarks(style: string): string[] {
  const css = style.toLowerCase().replace(/\s+/g, '');
  const marks: string[] = [];
  const weight = /font-weight:(bold|bolder|[6-9]00)/.exec(css);
  if (weight) marks.push('strong');
  if (/font-style:(italic|oblique)/.test(css)) marks.push('em');
  if (/text-decoration[a-z-]*:[^;]*underline/.test(css)) marks.push('u');
  if (/text-decoration[a-z-]*:[^;]*line-through/.test(css)) marks.push('s');
  return marks;
}

/** Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all. */
function isFakeBold(el: Element): boolean {
  const style = (el.getAttribute(STYLE_ATTR) ?? el.getAttribute('style') ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
  return /font-weight:(normal|[1-4]00)/.test(style);
}

/** The text under a node, without recursion (textContent recurses in some DOMs). */
function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) parts.push(node.textContent ?? '');
    else if (
      node.nodeType === ELEMENT_NODE &&
      !DROPPED.has((node as Element).tagName.toLowerCase())
    )
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('');
}

interface Walk {
  out: Document;
}

function appendChildren(walk: Walk, from: Node, to: Node, depth: number): void {
  for (let child = from.firstChild; child; child = child.nextSibling) {
    appendClean(walk, child, to, depth + 1);
  }
}

function appendClean(walk: Walk, node: Node, to: Node, depth: number): void {
  if (node.nodeType === TEXT_NODE) {
    to.appendChild(walk.out.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments (Word's <!--[if …]>), CDATA, …
  const el = node as Element;
  // The qualified name: Word's <o:p> is "o:p", never mistaken for a <p>.
  const tag = el.tagName.toLowerCase();
  if (DROPPED.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  if (depth > MAX_DEPTH) {
    to.appendChild(walk.out.createTextNode(textOf(el)));
    return;
  }

  let name: string | null = KEPT.has(tag) ? tag : (RENAMED[tag] ?? null);
  if (tag === 'b' && isFakeBold(el)) name = null;
  if (tag === 'td' || tag === 'th') name = 'p';

  let target: Node = to;
  if (name) {
    const clean = walk.out.createElement(name);
    copyAllowedAttributes(el, clean, name);
    to.appendChild(clean);
    target = clean;
  } else if (tag === 'a') {
    // A link we won't keep (javascript:, file:, relative…) keeps its words only.
    const href = el.getAttribute('href')?.trim() ?? '';
    if (isSafeWebUrl(href)) {
      const link = walk.out.createElement('a');
      link.setAttribute('href', href);
      to.appendChild(link);
      target = link;
    }
  }

  // Inline styles carry bold and italic in word-processor HTML; keep those as tags.
  const style = el.getAttribute(STYLE_ATTR) ?? el.getAttribute('style');
  if (style) {
    for (const mark of styleMarks(style)) {
      if (mark === name) continue;
      const wrapper = walk.out.createElement(mark);
      target.appendChild(wrapper);
      target = wrapper;
    }
  }

  appendChildren(walk, el, target, depth);
}

/** Task lists: only Tiptap's own markers, with only their known values. */
function copyAllowedAttributes(from: Element, to: Element, name: string): void {
  if (name === 'ul' && from.getAttribute('data-type') === 'taskList') {
    to.setAttribute('data-type', 'taskList');
  }
  if (name === 'li' && from.getAttribute('data-type') === 'taskItem') {
    to.setAttribute('data-type', 'taskItem');
    to.setAttribute(
      'data-checked',
      from.getAttribute('data-checked') === 'true' ? 'true' : 'false',
    );
  }
  if (name === 'ol') {
    const start = Number(from.getAttribute('start'));
    if (Number.isInteger(start) && start > 1 && start < 100_000) {
      to.setAttribute('start', String(start));
    }
  }
}

export function sanitizePastedHtml(html: string, parser: HtmlParser = new DOMParser()): string {
  const source = parser.parseFromString(renameStyles(html), 'text/html');
  const out = parser.parseFromString('<!doctype html><body></body>', 'text/html');
  const body = out.body;
  appendChildren({ out }, source.body, body, 0);
  return body.innerHTML;
}
