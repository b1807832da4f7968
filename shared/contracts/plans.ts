import type { PLANS_CHANNELS } from '../channels';
import { entryIdSchema, isoDateSchema } from '../journal';
import {
  USED,
  obstaclePlanInputSchema,
  type ObstaclePlan,
  type ObstaclePlanInput,
  type Used,
} from '../obstaclePlans';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

/** Obstacle plans: WOOP with if-then plans and the "it came up" log. */
export const plansContract = {
  'plans:list': channel<z.ZodType<Record<string, never>>, ObstaclePlan[]>(z.strictObject({})),
  /** Creates (no id) or edits an obstacle with its plans; left-out plans are archived. */
  'plans:save': channel<z.ZodType<ObstaclePlanInput>, ObstaclePlan>(obstaclePlanInputSchema),
  'plans:delete': channel<z.ZodType<{ id: string }>, null>(z.strictObject({ id: entryIdSchema })),
  'plans:logOccurrence': channel<
    z.ZodType<{
      obstacleId: string;
      planId: string | null;
      date: string;
      used: Used;
      outcome: number;
      note: string;
      entryId?: string | null | undefined;
    }>,
    ObstaclePlan
  >(
    z.strictObject({
      obstacleId: entryIdSchema,
      planId: entryIdSchema.nullable(),
      date: isoDateSchema,
      used: z.enum(USED),
      outcome: z.number().int().min(1, 'Choose 1 to 5.').max(5, 'Choose 1 to 5.'),
      note: z.string().max(1000),
      entryId: entryIdSchema.nullable().optional(),
    }),
  ),
  'plans:deleteOccurrence': channel<
    z.ZodType<{ obstacleId: string; occurrenceId: string }>,
    ObstaclePlan
  >(z.strictObject({ obstacleId: entryIdSchema, occurrenceId: entryIdSchema })),
  'plans:reorder': channel<z.ZodType<{ ids: string[] }>, ObstaclePlan[]>(
    z.strictObject({ ids: z.array(entryIdSchema).min(1).max(500) }),
  ),
} as const satisfies Record<(typeof PLANS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
