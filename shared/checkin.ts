import { entryIdSchema, isoDateSchema } from './journal';
import { z } from './zod';

/**
 * The one mood record type of the whole app (DOMAIN.md §4): the daily check-in and the
 * journal's mood picker both write one of these, so trends and summaries have one source.
 */
export const MOOD_LABELS: Record<number, string> = {
  1: 'Very low',
  2: 'Low',
  3: 'Quite low',
  4: 'A bit low',
  5: 'So-so',
  6: 'Okay',
  7: 'Fairly good',
  8: 'Good',
  9: 'Very good',
  10: 'Great',
};

const rating = z.number().int().min(0).max(10);
export const emotionWordSchema = z.string().trim().min(1).max(40);

export const moodCheckinSchema = z.strictObject({
  id: entryIdSchema,
  /** The user's local day. */
  date: isoDateSchema,
  /** When it was recorded (UTC). */
  at: z.string(),
  mood: z.number().int().min(1).max(10),
  emotions: z.array(emotionWordSchema).max(12).default([]),
  sleepHours: z.number().min(0).max(24).nullable().default(null),
  energy: rating.nullable().default(null),
  anxiety: rating.nullable().default(null),
  note: z.string().max(2000).default(''),
  /** Set when recorded from a journal entry's mood picker (the link lives here, once). */
  entryId: entryIdSchema.nullable().default(null),
  /** Values of the user's own trackers, by tracker id (0–10, or 0/1 for yes/no). */
  trackers: z.record(entryIdSchema, z.number().min(0).max(10)).default({}),
});
export type MoodCheckin = z.infer<typeof moodCheckinSchema>;

/** Create (no id) or edit; `at` may be sent back unchanged but the stored time is kept. */
export const moodCheckinInputSchema = moodCheckinSchema.omit({ id: true, at: true }).extend({
  id: entryIdSchema.optional(),
  at: z.string().max(40).optional(),
});
export type MoodCheckinInput = z.input<typeof moodCheckinInputSchema>;

/** A custom tracker shown in the check-in (e.g. "Took a walk", yes/no; "Pain", 0–10). */
export const trackerSchema = z.strictObject({
  id: entryIdSchema,
  name: z.string().trim().min(1, 'Give the tracker a name.').max(40),
  scale: z.enum(['rating', 'yesno']),
  archived: z.boolean(),
});
export type Tracker = z.infer<typeof trackerSchema>;
