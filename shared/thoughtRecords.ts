import { entryIdSchema, isoDateSchema, tagSchema } from './journal';
import { trapIdSchema } from './thinkingTraps';
import { z } from './zod';

/**
 * Thought records (DOMAIN.md §2): the seven-column record — situation, emotions, automatic
 * thoughts with one hot thought, evidence for and against it, a balanced thought, and a
 * re-rating — plus thinking traps, an optional action and outcome, tags and linked goals.
 */

/** Documented limits (README, "Thought records"). */
export const THOUGHT_LIMITS = {
  /** Situation, evidence, balanced thought, action, outcome. */
  textMaxLength: 4000,
  thoughtMaxLength: 1000,
  emotionNameMaxLength: 40,
  emotions: 12,
  thoughts: 12,
  traps: 40,
  tags: 20,
  goals: 20,
} as const;

/** The guided steps, in order. The record remembers where the user left off. */
export const THOUGHT_STEPS = [
  'situation',
  'emotions',
  'thoughts',
  'traps',
  'evidenceFor',
  'evidenceAgainst',
  'balanced',
  'rerate',
  'action',
] as const;
export type ThoughtStep = (typeof THOUGHT_STEPS)[number];

export const THOUGHT_STATUSES = ['draft', 'complete'] as const;
export type ThoughtStatus = (typeof THOUGHT_STATUSES)[number];

const RATING_MESSAGE = 'A rating goes from 0 to 100.';
export const ratingSchema = z
  .number({ error: RATING_MESSAGE })
  .int('Use a whole number from 0 to 100.')
  .min(0, RATING_MESSAGE)
  .max(100, RATING_MESSAGE);

function longText(max: number) {
  return z.string().max(max, {
    error: (issue) =>
      `This can hold up to ${max.toLocaleString('en')} characters and has ${
        typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : 'more'
      }. Please shorten it a little — the rest could go into a journal entry.`,
  });
}
const text = longText(THOUGHT_LIMITS.textMaxLength);

export const thoughtEmotionSchema = z.strictObject({
  id: entryIdSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Name the emotion.')
    .max(
      THOUGHT_LIMITS.emotionNameMaxLength,
      `Keep the emotion's name under ${THOUGHT_LIMITS.emotionNameMaxLength} characters.`,
    ),
  /** Intensity when it happened. */
  before: ratingSchema,
  /** Intensity after working through the record; null until re-rated. */
  after: ratingSchema.nullable(),
});
export type ThoughtEmotion = z.infer<typeof thoughtEmotionSchema>;

export const automaticThoughtSchema = z.strictObject({
  id: entryIdSchema,
  text: longText(THOUGHT_LIMITS.thoughtMaxLength),
  /** How much it was believed at the time, 0–100 %. */
  belief: ratingSchema,
  /** The thought that carries the most feeling: the one the record questions. */
  hot: z.boolean(),
});
export type AutomaticThought = z.infer<typeof automaticThoughtSchema>;

const recordFields = {
  id: entryIdSchema,
  /** The user's local day the record is about. */
  date: isoDateSchema,
  situation: text,
  emotions: z
    .array(thoughtEmotionSchema)
    .max(THOUGHT_LIMITS.emotions, `Up to ${THOUGHT_LIMITS.emotions} emotions.`),
  thoughts: z
    .array(automaticThoughtSchema)
    .max(THOUGHT_LIMITS.thoughts, `Up to ${THOUGHT_LIMITS.thoughts} thoughts.`),
  /** Ids of built-in or custom thinking traps. */
  traps: z.array(trapIdSchema).max(THOUGHT_LIMITS.traps),
  evidenceFor: text,
  evidenceAgainst: text,
  balancedThought: text,
  balancedBelief: ratingSchema.nullable(),
  /** Belief in the hot thought after the record; null until re-rated. */
  hotBeliefAfter: ratingSchema.nullable(),
  action: text,
  outcome: text,
  tags: z.array(tagSchema).max(THOUGHT_LIMITS.tags, `Up to ${THOUGHT_LIMITS.tags} tags.`),
  goalIds: z.array(entryIdSchema).max(THOUGHT_LIMITS.goals),
  status: z.enum(THOUGHT_STATUSES),
  /** The guided step to resume at (index into THOUGHT_STEPS). */
  step: z
    .number()
    .int()
    .min(0)
    .max(THOUGHT_STEPS.length - 1),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const COMPLETE_NEEDS_HOT_THOUGHT =
  'To finish the record, pick the one thought that weighs most — the hot thought. You can keep it as a draft until then.';

/** The rules every record keeps, draft or complete. */
function checkRecord(
  record: { thoughts: AutomaticThought[]; emotions: ThoughtEmotion[]; status: ThoughtStatus },
  ctx: z.RefinementCtx,
): void {
  const hot = record.thoughts.filter((t) => t.hot);
  if (hot.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['thoughts'],
      message: 'Only one thought can be the hot thought.',
    });
  }
  if (record.status === 'complete' && (hot.length !== 1 || hot[0]?.text.trim() === '')) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: COMPLETE_NEEDS_HOT_THOUGHT });
  }
  const ids = [...record.thoughts.map((t) => t.id), ...record.emotions.map((e) => e.id)];
  if (new Set(ids).size !== ids.length) {
    ctx.addIssue({ code: 'custom', path: ['thoughts'], message: 'Two items share one id.' });
  }
}

export const thoughtRecordSchema = z.strictObject(recordFields).superRefine(checkRecord);
export type ThoughtRecord = z.infer<typeof thoughtRecordSchema>;

/** What the renderer sends to create (no id) or update a record; main fills id and times. */
export const thoughtRecordInputSchema = z
  .strictObject(recordFields)
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend({ id: entryIdSchema.optional() })
  .superRefine(checkRecord);
export type ThoughtRecordInput = z.infer<typeof thoughtRecordInputSchema>;

export function emptyThoughtRecordInput(date: string): ThoughtRecordInput {
  return {
    date,
    situation: '',
    emotions: [],
    thoughts: [],
    traps: [],
    evidenceFor: '',
    evidenceAgainst: '',
    balancedThought: '',
    balancedBelief: null,
    hotBeliefAfter: null,
    action: '',
    outcome: '',
    tags: [],
    goalIds: [],
    status: 'draft',
    step: 0,
  };
}

export function hotThought(record: Pick<ThoughtRecord, 'thoughts'>): AutomaticThought | null {
  return record.thoughts.find((t) => t.hot) ?? null;
}

/** Average change in emotion intensity (after − before) over the re-rated emotions. */
export function emotionChange(record: Pick<ThoughtRecord, 'emotions'>): number | null {
  const rated = record.emotions.filter((e) => e.after !== null);
  if (rated.length === 0) return null;
  const sum = rated.reduce((total, e) => total + ((e.after ?? e.before) - e.before), 0);
  return sum / rated.length;
}

/** Change in belief in the hot thought (after − before), once re-rated. */
export function beliefChange(
  record: Pick<ThoughtRecord, 'thoughts' | 'hotBeliefAfter'>,
): number | null {
  const hot = hotThought(record);
  if (!hot || record.hotBeliefAfter === null) return null;
  return record.hotBeliefAfter - hot.belief;
}

/** The first problem that stops a record being marked complete, or null if it can be. */
export function completionProblem(record: Pick<ThoughtRecord, 'thoughts'>): string | null {
  const hot = record.thoughts.filter((t) => t.hot);
  return hot.length === 1 && hot[0]?.text.trim() !== '' ? null : COMPLETE_NEEDS_HOT_THOUGHT;
}
