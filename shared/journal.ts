import { z } from './zod';
import { LIMITS } from './limits';

/** A Tiptap/ProseMirror JSON node. Structure only; the editor schema decides what is valid. */
export interface DocNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null> | undefined;
  content?: DocNode[] | undefined;
  marks?:
    | { type: string; attrs?: Record<string, string | number | boolean | null> | undefined }[]
    | undefined;
  text?: string | undefined;
}

const attrs = z.record(
  z.string().max(64),
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
);

export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: attrs.optional(),
    content: z.array(docNodeSchema).max(100_000).optional(),
    marks: z
      .array(z.strictObject({ type: z.string().min(1).max(64), attrs: attrs.optional() }))
      .max(32)
      .optional(),
    text: z.string().max(LIMITS.entryTextMaxLength).optional(),
  }),
);

/** True for a calendar day that exists (rejects 2026-02-30, which Date.parse rolls over). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-26.')
  .refine(isRealDate, 'That date does not exist.');

export const entryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid entry id.');

export const entrySchema = z.strictObject({
  id: entryIdSchema,
  /** The user's local calendar day the entry belongs to. */
  date: isoDateSchema,
  title: z.string().max(LIMITS.titleMaxLength),
  content: docNodeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Increases by one with every save. */
  version: z.number().int().nonnegative(),
});
export type Entry = z.infer<typeof entrySchema>;

export interface EntrySummary {
  id: string;
  date: string;
  title: string;
  preview: string;
  words: number;
  updatedAt: string;
}

export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Plain text of a document, blocks separated by newlines. */
export function docToText(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map(docToText);
  const isBlockContainer = node.content?.some((c) => c.type !== 'text' && c.type !== 'hardBreak');
  return parts.join(isBlockContainer ? '\n' : '');
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

export function summarizeEntry(entry: Entry): EntrySummary {
  const text = docToText(entry.content);
  return {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    preview: text.replace(/\s+/g, ' ').trim().slice(0, 160),
    words: countWords(text),
    updatedAt: entry.updatedAt,
  };
}
