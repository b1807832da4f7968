import { docNodeSchema, entryIdSchema, type DocNode } from './journal';
import { z } from './zod';

/**
 * The user's own entry templates (issue "Journal": prompts and templates). Built-in prompts
 * live in the renderer (features/journal/prompts.ts) and are never stored; a user template is
 * a named document a new entry starts from, kept in the vault like any other record.
 */
export const TEMPLATE_LIMITS = {
  nameMaxLength: 80,
  /** Serialized Tiptap JSON of one template: a template is a start, not a whole entry. */
  contentMaxBytes: 100_000,
  max: 100,
} as const;

const templateName = z
  .string()
  .trim()
  .min(1, 'Give the template a name.')
  .max(
    TEMPLATE_LIMITS.nameMaxLength,
    `Keep the name under ${TEMPLATE_LIMITS.nameMaxLength} characters.`,
  );

const templateContent = docNodeSchema.refine(
  (doc) => new TextEncoder().encode(JSON.stringify(doc)).length <= TEMPLATE_LIMITS.contentMaxBytes,
  `A template can hold up to ${TEMPLATE_LIMITS.contentMaxBytes / 1000} kB. Try a shorter one.`,
);

export const journalTemplateSchema = z.strictObject({
  id: entryIdSchema,
  name: templateName,
  content: templateContent,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalTemplate = z.infer<typeof journalTemplateSchema>;

/** Creates a template (no id) or renames / replaces one; a rename may leave content out. */
export const journalTemplateInputSchema = z.strictObject({
  id: entryIdSchema.optional(),
  name: templateName,
  content: templateContent.optional(),
});
export type JournalTemplateInput = z.infer<typeof journalTemplateInputSchema>;

/**
 * A document from plain text typed in Settings: one paragraph per line, and a line starting
 * with "## " (the editor's own Markdown shortcut) becomes a heading.
 */
export function templateDocFromText(text: string): DocNode {
  const content: DocNode[] = text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .map((line): DocNode => {
      const heading = /^#{1,3}\s+(.*)$/.exec(line);
      if (heading?.[1]) {
        return {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: heading[1] }],
        };
      }
      return line.trim() === ''
        ? { type: 'paragraph' }
        : { type: 'paragraph', content: [{ type: 'text', text: line }] };
    });
  // Trailing blank lines add nothing; the entry always ends with a place to write.
  while (content.length > 0 && content[content.length - 1]?.content === undefined) content.pop();
  content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}
