import type { THOUGHTS_CHANNELS } from '../channels';
import { entryIdSchema } from '../journal';
import {
  customTrapIdSchema,
  customTrapInputSchema,
  type CustomTrap,
  type CustomTrapInput,
} from '../thinkingTraps';
import {
  thoughtRecordInputSchema,
  type ThoughtRecord,
  type ThoughtRecordInput,
} from '../thoughtRecords';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

const empty = z.strictObject({});

/** Thought records and thinking traps (DOMAIN.md §2; shared/thoughtRecords.ts). */
export const thoughtsContract = {
  /** Every record, drafts included, newest day first. */
  'thoughts:list': channel<typeof empty, ThoughtRecord[]>(empty),
  /** Creates a record (no id) or replaces one; "complete" needs exactly one hot thought. */
  'thoughts:save': channel<z.ZodType<ThoughtRecordInput>, ThoughtRecord>(thoughtRecordInputSchema),
  'thoughts:delete': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
  /** The user's own traps (the built-in ones live in shared/thinkingTraps.ts). */
  'thoughts:traps': channel<typeof empty, CustomTrap[]>(empty),
  /** Adds a custom trap (no id) or renames one. */
  'thoughts:saveTrap': channel<z.ZodType<CustomTrapInput>, CustomTrap>(customTrapInputSchema),
  /** Deletes a custom trap and takes it off every record; built-in traps can't be deleted. */
  'thoughts:deleteTrap': channel<z.ZodType<{ id: string }>, null>(
    z
      .strictObject({ id: z.string().max(64) })
      .refine((v) => customTrapIdSchema.safeParse(v.id).success, {
        message: 'The built-in thinking traps stay on the list; only your own can be deleted.',
        path: ['id'],
      }),
  ),
} as const satisfies Record<(typeof THOUGHTS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
