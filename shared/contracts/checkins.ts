import type { CHECKINS_CHANNELS } from '../channels';
import {
  moodCheckinInputSchema,
  trackerSchema,
  type MoodCheckin,
  type MoodCheckinInput,
  type Tracker,
} from '../checkin';
import { entryIdSchema, isoDateSchema } from '../journal';
import { type Measure } from '../measures';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

const empty = z.strictObject({});

/** Mood check-ins, custom trackers and the PHQ-9 / GAD-7 questionnaires. */
export const checkinsContract = {
  'checkins:list': channel<typeof empty, MoodCheckin[]>(empty),
  /** Creates (no id) or edits a mood check-in. */
  'checkins:save': channel<z.ZodType<MoodCheckinInput>, MoodCheckin>(moodCheckinInputSchema),
  'checkins:delete': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
  'trackers:list': channel<typeof empty, Tracker[]>(empty),
  'trackers:save': channel<z.ZodType<Omit<Tracker, 'id'> & { id?: string | undefined }>, Tracker>(
    trackerSchema.omit({ id: true }).extend({ id: entryIdSchema.optional() }),
  ),
  'measures:list': channel<typeof empty, Measure[]>(empty),
  'measures:save': channel<z.ZodType<Omit<Measure, 'id' | 'at'>>, Measure>(
    z
      .strictObject({
        instrument: z.enum(['phq9', 'gad7']),
        date: isoDateSchema,
        answers: z.array(z.number().int().min(0).max(3)).min(7).max(9),
        difficulty: z.number().int().min(0).max(3).nullable(),
      })
      .refine((m) => m.answers.length === (m.instrument === 'phq9' ? 9 : 7), {
        message: 'Please answer every question.',
        path: ['answers'],
      }),
  ),
  'measures:delete': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
} as const satisfies Record<(typeof CHECKINS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
