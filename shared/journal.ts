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

/** Tags are short labels; case is kept for display, compared case-insensitively. */
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag needs at least one character.')
  .max(LIMITS.tagMaxLength, `Keep tags under ${LIMITS.tagMaxLength} characters.`)
  .refine((t) => !/[,#\n]/.test(t), 'Tags cannot contain commas, # or line breaks.');

export const LINK_KINDS = ['goal', 'thought', 'plan', 'skill'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** A link made by an entry to another record; stored once, on the entry (backlinks are computed). */
export const entryLinkSchema = z.strictObject({
  kind: z.enum(LINK_KINDS),
  id: entryIdSchema,
});
export type EntryLink = z.infer<typeof entryLinkSchema>;

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
  tags: z.array(tagSchema).max(LIMITS.tagsPerEntry).default([]),
  /** Entries are private by default; only flagged ones are offered for a therapist summary. */
  shareWithTherapist: z.boolean().default(false),
  pinned: z.boolean().default(false),
  /** Set when moved to the trash; purged for good after LIMITS.trashDays. */
  deletedAt: z.string().nullable().default(null),
  links: z.array(entryLinkSchema).max(LIMITS.linksPerEntry).default([]),
});
export type Entry = z.infer<typeof entrySchema>;

/** The fields a save may change. */
export type EntryChanges = Partial<
  Pick<Entry, 'date' | 'title' | 'content' | 'tags' | 'shareWithTherapist' | 'pinned' | 'links'>
>;

/** Only the fields a patch actually sets (an `undefined` never overwrites a value). */
export function definedChanges(changes: EntryChanges & { id?: string }): EntryChanges {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as [string, unknown][]) {
    if (key !== 'id' && value !== undefined) out[key] = value;
  }
  return out;
}

/** Fills fields added after an entry was written (cheap: no schema walk over 20,000 entries). */
export function withEntryDefaults(
  raw: Omit<Entry, 'tags' | 'shareWithTherapist' | 'pinned' | 'deletedAt' | 'links'> &
    Partial<Entry>,
): Entry {
  return { tags: [], shareWithTherapist: false, pinned: false, deletedAt: null, links: [], ...raw };
}

/** Tags without duplicates (case-insensitive), in the order first given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export interface EntrySummary {
  id: string;
  date: string;
  title: string;
  preview: string;
  /** The first line of text, shortened: with the date, it names an untitled entry. */
  firstLine: string;
  words: number;
  updatedAt: string;
  createdAt: string;
  tags: string[];
  pinned: boolean;
  shareWithTherapist: boolean;
  deletedAt: string | null;
  links: EntryLink[];
  /** The mood recorded with this entry (a linked mood check-in), if any. */
  mood: number | null;
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

const FIRST_LINE_MAX = 60;

/** The first non-blank line of plain text, shortened at a word to about 60 characters. */
export function firstLineOf(text: string, max = FIRST_LINE_MAX): string {
  let line: string;
  // Line by line, stopping at the first with text: the rest of a long entry is never touched.
  for (let from = 0; ;) {
    const end = text.indexOf('\n', from);
    line = text
      .slice(from, end < 0 ? text.length : end)
      .replace(/\s+/g, ' ')
      .trim();
    if (line.length > 0 || end < 0) break;
    from = end + 1;
  }
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function countWords(text: string): number {
  // Counted match by match: no array of every word is built.
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let count = 0;
  while (word.test(text)) count += 1;
  return count;
}

const PREVIEW_MAX = 160;

/** The start of the text on one line, whitespace collapsed, at most 160 characters. */
export function previewOf(text: string): string {
  const rest = text.trimStart();
  // Collapsing only shortens text, so a few times the length is nearly always enough.
  const head = rest.slice(0, PREVIEW_MAX * 4);
  const flat = head.replace(/\s+/g, ' ');
  if (flat.length > PREVIEW_MAX || head.length === rest.length)
    return flat.trimEnd().slice(0, PREVIEW_MAX);
  return rest.replace(/\s+/g, ' ').trimEnd().slice(0, PREVIEW_MAX);
}

/**
 * A copy of `text` that keeps nothing else alive. V8 makes a slice (and what trim and split
 * return) a view into the whole string it was cut from, so a short preview cached for each
 * of 20,000 entries would otherwise hold every entry's entire plain text in memory.
 */
export function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

export function summarizeEntry(entry: Entry, mood: number | null = null): EntrySummary {
  const text = docToText(entry.content);
  return {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    preview: detachedCopy(previewOf(text)),
    firstLine: detachedCopy(firstLineOf(text)),
    words: countWords(text),
    updatedAt: entry.updatedAt,
    createdAt: entry.createdAt,
    tags: entry.tags,
    pinned: entry.pinned,
    shareWithTherapist: entry.shareWithTherapist,
    deletedAt: entry.deletedAt,
    links: entry.links,
    mood,
  };
}
