import type { Node as PmNode } from '@tiptap/pm/model';
import { foldWithMap, queryTerms } from '../../../shared/search';

/** An inline node that isn't text (a link chip, a line break) stands for one character. */
const OBJECT = '\uFFFC';

/**
 * The document range of the first match of any of the search's words, read the way search
 * reads them (case- and accent-insensitive, across bold/italic boundaries inside a block).
 * Null when the words only matched the title, tags or linked titles.
 */
export function findInDoc(doc: PmNode, query: string): { from: number; to: number } | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const piece = child.isText ? (child.text ?? '') : OBJECT;
      for (let i = 0; i < piece.length; i += 1) positions.push(pos + 1 + offset + i);
      text += piece;
    });
    positions.push(pos + 1 + node.content.size);
    const { folded, map } = foldWithMap(text);
    let best: { at: number; end: number } | null = null;
    for (const term of terms) {
      const at = folded.indexOf(term);
      if (at >= 0 && (!best || at < best.at)) best = { at, end: at + term.length };
    }
    if (best) {
      const from = positions[map[best.at] ?? 0];
      const to = positions[map[best.end] ?? text.length];
      if (from !== undefined && to !== undefined) found = { from, to };
    }
    return false;
  });
  return found;
}
