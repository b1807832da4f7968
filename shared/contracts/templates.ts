import type { TEMPLATES_CHANNELS } from '../channels';
import { entryIdSchema } from '../journal';
import {
  journalTemplateInputSchema,
  type JournalTemplate,
  type JournalTemplateInput,
} from '../journalTemplates';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

const empty = z.strictObject({});

/** The user's own entry templates (shared/journalTemplates.ts). */
export const templatesContract = {
  /** Every template, by name. */
  'templates:list': channel<typeof empty, JournalTemplate[]>(empty),
  /** Creates a template (no id) or renames / replaces one. */
  'templates:save': channel<z.ZodType<JournalTemplateInput>, JournalTemplate>(
    journalTemplateInputSchema,
  ),
  /** Deletes a template; entries started from it keep their text. */
  'templates:delete': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
} as const satisfies Record<(typeof TEMPLATES_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
