import type { DocNode } from '../../../shared/journal';

/**
 * A small, strict HTML → Tiptap JSON converter for imported journals (paragraphs, headings,
 * emphasis, strong, line breaks, lists, block quotes). Anything else is kept as plain text;
 * scripts, styles and images are dropped. It never evaluates markup.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCKS: Record<string, string> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  blockquote: 'blockquote',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
};
const MARKS: Record<string, string> = {
  em: 'italic',
  i: 'italic',
  strong: 'bold',
  b: 'bold',
  u: 'underline',
  s: 'strike',
};
const DROPPED = /<(script|style|template|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;

export function htmlToDoc(html: string): DocNode {
  const root: DocNode = { type: 'doc', content: [] };
  const stack: DocNode[] = [root];
  const marks: string[] = [];
  const tokens = html.replace(DROPPED, '').split(/(<[^>]+>)/);
  const top = (): DocNode => stack[stack.length - 1] ?? root;
  const ensureTextBlock = (): DocNode => {
    const parent = top();
    if (parent.type === 'paragraph' || parent.type === 'heading') return parent;
    const paragraph: DocNode = { type: 'paragraph', content: [] };
    const container =
      parent.type === 'bulletList' || parent.type === 'orderedList' ? parent : parent;
    (container.content ??= []).push(paragraph);
    stack.push(paragraph);
    return paragraph;
  };
  for (const token of tokens) {
    if (token === '') continue;
    const tag = /^<\s*(\/?)\s*([a-z0-9]+)[^>]*>$/i.exec(token);
    if (!tag) {
      const text = decodeEntities(token).replace(/\s+/g, ' ');
      if (text.trim() === '' && !(top().type === 'paragraph' || top().type === 'heading')) continue;
      const block = ensureTextBlock();
      const node: DocNode = { type: 'text', text };
      if (marks.length > 0) node.marks = [...new Set(marks)].map((type) => ({ type }));
      (block.content ??= []).push(node);
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (name === 'br') {
      (ensureTextBlock().content ??= []).push({ type: 'hardBreak' });
    } else if (MARKS[name]) {
      if (closing) {
        const at = marks.lastIndexOf(MARKS[name]);
        if (at >= 0) marks.splice(at, 1);
      } else marks.push(MARKS[name]);
    } else if (BLOCKS[name]) {
      if (closing) {
        const at = stack.map((n) => n.type).lastIndexOf(BLOCKS[name]);
        if (at > 0) stack.length = at;
        // Close an implicit paragraph too.
        while (stack.length > 1 && top().type === 'paragraph' && BLOCKS[name] !== 'paragraph')
          stack.pop();
      } else {
        while (top().type === 'paragraph' || top().type === 'heading') stack.pop();
        const node: DocNode = { type: BLOCKS[name], content: [] };
        if (node.type === 'heading') node.attrs = { level: Number(name.slice(1)) };
        (top().content ??= []).push(node);
        stack.push(node);
      }
    }
  }
  return tidy(root);
}

/** Drops empty text runs and trims paragraph edges; keeps an empty doc valid for the editor. */
function tidy(node: DocNode): DocNode {
  if (node.type === 'text') return node;
  const content = (node.content ?? [])
    .map(tidy)
    .filter((c) => c.type !== 'text' || (c.text ?? '') !== '');
  if (node.type === 'paragraph' || node.type === 'heading') {
    const first = content[0];
    const last = content[content.length - 1];
    if (first?.type === 'text' && first.text) first.text = first.text.replace(/^\s+/, '');
    if (last?.type === 'text' && last.text) last.text = last.text.replace(/\s+$/, '');
  }
  const cleaned = content.filter((c) => c.type !== 'text' || (c.text ?? '') !== '');
  const result: DocNode = { ...node };
  if (cleaned.length > 0) result.content = cleaned;
  else if (node.type === 'doc') result.content = [{ type: 'paragraph' }];
  else delete result.content;
  return result;
}
