import type { DocNode } from '../../../shared/journal';

/**
 * Tiptap JSON → Markdown (CommonMark, with GFM strikethrough and task lists) or → plain
 * text. Pure: no I/O. Unknown nodes fall back to their text so nothing written is lost.
 */

type Mode = 'markdown' | 'plain';
type Mark = NonNullable<DocNode['marks']>[number];

interface Options {
  mode: Mode;
  /** Added to every heading level (the export uses 1: the entry itself is the `#`). */
  headingOffset: number;
}

export function docToMarkdown(doc: DocNode, options: { headingOffset?: number } = {}): string {
  return renderChildren(doc, { mode: 'markdown', headingOffset: options.headingOffset ?? 0 });
}

/** Readable plain text: paragraphs separated by blank lines, hard breaks as newlines. */
export function docToPlainText(doc: DocNode): string {
  return renderChildren(doc, { mode: 'plain', headingOffset: 0 });
}

function isInline(node: DocNode): boolean {
  return node.type === 'text' || node.type === 'hardBreak';
}

function renderChildren(node: DocNode, options: Options): string {
  const children = node.content ?? [];
  if (children.length > 0 && children.every(isInline)) return renderInline(children, options);
  return renderBlocks(children, options);
}

function renderBlocks(nodes: DocNode[], options: Options, inListItem = false): string {
  let out = '';
  for (const node of nodes) {
    const text = renderBlock(node, options);
    if (text === '') continue;
    // Inside a list item a nested list follows its paragraph directly (a tight list).
    if (out !== '') out += inListItem && isList(node) ? '\n' : '\n\n';
    out += text;
  }
  return out;
}

function isList(node: DocNode): boolean {
  return node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList';
}

function numberAttr(node: DocNode, name: string, fallback: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function renderBlock(node: DocNode, options: Options): string {
  const md = options.mode === 'markdown';
  switch (node.type) {
    case 'paragraph':
      return escapeLineStarts(renderInline(node.content ?? [], options), options);
    case 'heading': {
      const text = renderInline(node.content ?? [], options);
      if (!md || text === '') return text;
      const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1) + options.headingOffset));
      return `${'#'.repeat(level)} ${text.replace(/\\\n/g, ' ')}`;
    }
    case 'bulletList':
      return renderList(node, options, () => '- ');
    case 'orderedList': {
      const start = numberAttr(node, 'start', 1);
      return renderList(node, options, (index) => `${start + index}. `);
    }
    case 'taskList':
      return renderList(node, options, (_index, item) =>
        item.attrs?.checked === true ? '- [x] ' : '- [ ] ',
      );
    case 'blockquote':
      return renderBlocks(node.content ?? [], options)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'codeBlock': {
      const code = plainText(node);
      if (!md) return code;
      const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      const language = node.attrs?.language;
      return `${fence}${typeof language === 'string' ? language : ''}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'hardBreak':
      return '';
    case 'text':
      return renderInline([node], options);
    default:
      return renderChildren(node, options);
  }
}

function renderList(
  list: DocNode,
  options: Options,
  marker: (index: number, item: DocNode) => string,
): string {
  return (list.content ?? [])
    .map((item, index) => {
      const bullet = marker(index, item);
      const body = renderBlocks(item.content ?? [], options, true);
      return prefixLines(body, bullet, ' '.repeat(bullet.length)).trimEnd();
    })
    .join('\n');
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line === '' ? '' : rest) + line)
    .join('\n');
}

function plainText(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join('');
}

// ---------------------------------------------------------------- inline content

const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'code'];

function markKey(marks: Mark[] | undefined): string {
  return JSON.stringify(
    (marks ?? [])
      .filter((m) => MARK_ORDER.includes(m.type))
      .map((m) => [m.type, m.type === 'link' ? (m.attrs?.href ?? '') : ''])
      .sort(),
  );
}

function renderInline(nodes: DocNode[], options: Options): string {
  // Neighbouring text with the same marks is one run, so `**a****b**` never appears.
  const runs: { text: string; marks: Mark[]; key: string }[] = [];
  let out = '';
  const flush = (): void => {
    for (const run of runs) out += renderRun(run.text, run.marks, options);
    runs.length = 0;
  };
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      flush();
      out += options.mode === 'markdown' ? '\\\n' : '\n';
      continue;
    }
    const text = plainText(node);
    if (text === '') continue;
    const key = markKey(node.marks);
    const last = runs.at(-1);
    if (last && last.key === key) last.text += text;
    else runs.push({ text, marks: node.marks ?? [], key });
  }
  flush();
  // A hard break at the very end means nothing in Markdown.
  return out.replace(/\\\n$/, '');
}

function renderRun(text: string, marks: Mark[], options: Options): string {
  if (options.mode === 'plain') return text;
  const has = (type: string): Mark | undefined => marks.find((m) => m.type === type);
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const core = text.slice(lead.length).trimEnd();
  const trail = text.slice(lead.length + core.length);
  if (core === '') return escapeInline(text);
  let body = has('code') ? codeSpan(core) : escapeInline(core);
  if (has('strike')) body = `~~${body}~~`;
  if (has('italic')) body = `_${body}_`;
  if (has('bold')) body = `**${body}**`;
  const link = has('link');
  const href = link?.attrs?.href;
  if (typeof href === 'string' && href !== '') body = `[${body}](${linkTarget(href)})`;
  return `${escapeInline(lead)}${body}${escapeInline(trail)}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

/** Characters that would otherwise turn into formatting or HTML. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<~]/g, '\\$&');
}

/** Text at the start of a line that Markdown would read as a heading, quote or list. */
function escapeLineStarts(text: string, options: Options): string {
  if (options.mode === 'plain') return text;
  return text
    .replace(/^[ \t]+/, '')
    .split('\n')
    .map((line) =>
      line.replace(
        /^(\s*)(#{1,6}(?=\s|$)|[>+]|[-=]+(?=\s*\\?$)|-(?=\s)|\d{1,9}(?=[.)](?:\s|$)))/,
        (_all, space: string, marker: string) =>
          /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
      ),
    )
    .join('\n');
}
