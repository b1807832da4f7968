import type { DocNode } from '../../../shared/journal';

/**
 * Plain text → Tiptap JSON. Blank lines (possibly holding spaces) separate paragraphs;
 * a single newline inside a paragraph becomes a hardBreak. Trailing spaces on each line and
 * blank lines at either end are dropped. Empty input gives the editor's empty document.
 */
export function textToDoc(text: string): DocNode {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((block) => block.trim() !== '');
  if (blocks.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return { type: 'doc', content: blocks.map(paragraph) };
}

function paragraph(block: string): DocNode {
  const content: DocNode[] = [];
  block.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return { type: 'paragraph', content };
}
