import type { CONFLICTS_CHANNELS } from '../channels';
import { CONFLICT_CHOICES, type ConflictChoice, type ConflictSummary } from '../conflicts';
import { entryIdSchema } from '../journal';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

/** Conflicts with another writer: list them, and settle one (keep mine, theirs or both). */
export const conflictsContract = {
  'conflicts:list': channel<z.ZodType<Record<string, never>>, ConflictSummary[]>(
    z.strictObject({}),
  ),
  /** Returns the id of the entry that now holds their version (theirs or both), else null. */
  'conflicts:resolve': channel<
    z.ZodType<{ id: string; choice: ConflictChoice }>,
    { entryId: string | null }
  >(z.strictObject({ id: entryIdSchema, choice: z.enum(CONFLICT_CHOICES) })),
} as const satisfies Record<(typeof CONFLICTS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
