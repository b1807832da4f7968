import type { JSONContent } from '@tiptap/react';
import type { DocNode } from '../../../shared/journal';

type AttrValue = string | number | boolean | null;

function cleanAttrs(
  attrs: Record<string, unknown> | undefined,
): Record<string, AttrValue> | undefined {
  if (!attrs) return undefined;
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      out[key] = value;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Editor JSON → the contract's DocNode: only the known fields, plain attribute values, so the
 * strict schema on the Node side accepts it.
 */
export function toDocNode(json: JSONContent): DocNode {
  const node: DocNode = { type: json.type ?? 'doc' };
  const attrs = cleanAttrs(json.attrs);
  if (attrs) node.attrs = attrs;
  if (json.content) node.content = json.content.map(toDocNode);
  if (json.marks && json.marks.length > 0) {
    node.marks = json.marks.map((mark) => {
      const markAttrs = cleanAttrs(mark.attrs);
      return markAttrs ? { type: mark.type, attrs: markAttrs } : { type: mark.type };
    });
  }
  if (typeof json.text === 'string') node.text = json.text;
  return node;
}
