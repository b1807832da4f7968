import { entryIdSchema, isoDateSchema } from './journal';
import { z } from './zod';

/**
 * Obstacle plans (DOMAIN.md §3): WOOP — Wish, Outcome, Obstacle — and if-then plans, plus
 * a log of each time the obstacle came up, so the person and their therapist can see which
 * plans actually work.
 */
const text = (max: number) => z.string().max(max, `Please keep this under ${max} characters.`);

export const OBSTACLE_KINDS = ['feeling', 'belief', 'habit', 'other'] as const;
export const USED = ['yes', 'partly', 'no'] as const;
export type Used = (typeof USED)[number];

export const ifThenPlanSchema = z.strictObject({
  id: entryIdSchema,
  /** The cue: "If …" (without the word "If"). */
  cue: text(500),
  /** The response: "then I will …". */
  response: text(500),
  /** A coping skill the "then" uses (the response text still says it in the user's words). */
  skillId: entryIdSchema.nullable().optional(),
  archived: z.boolean(),
  createdAt: z.string(),
});
export type IfThenPlan = z.infer<typeof ifThenPlanSchema>;

export const occurrenceSchema = z.strictObject({
  id: entryIdSchema,
  planId: entryIdSchema.nullable(),
  date: isoDateSchema,
  used: z.enum(USED),
  /** How it went, 1 (badly) to 5 (very well). */
  outcome: z.number().int().min(1).max(5),
  note: text(1000),
  /** Set when logged from a journal entry. */
  entryId: entryIdSchema.nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const obstaclePlanSchema = z.strictObject({
  id: entryIdSchema,
  goalId: entryIdSchema.nullable(),
  wish: text(500),
  outcome: text(2000),
  obstacle: text(1000).min(
    1,
    'Name the obstacle — the feeling, belief or habit that gets in the way.',
  ),
  obstacleKind: z.enum(OBSTACLE_KINDS),
  plans: z.array(ifThenPlanSchema).max(50),
  occurrences: z.array(occurrenceSchema).max(20_000),
  /** Position among the goal's obstacles (lower first). */
  order: z.number().int(),
  archived: z.boolean(),
  /** A thought record opened from a belief obstacle (the link is made here, once). */
  thoughtRecordIds: z.array(entryIdSchema).max(100),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ObstaclePlan = z.infer<typeof obstaclePlanSchema>;

export const obstaclePlanInputSchema = obstaclePlanSchema
  .omit({ id: true, occurrences: true, createdAt: true, updatedAt: true, plans: true })
  .extend({
    id: entryIdSchema.optional(),
    plans: z
      .array(
        z.strictObject({
          id: entryIdSchema.optional(),
          cue: text(500),
          response: text(500),
          skillId: entryIdSchema.nullable().optional(),
          archived: z.boolean().optional(),
        }),
      )
      .max(50),
  });
export type ObstaclePlanInput = z.infer<typeof obstaclePlanInputSchema>;

/** The plan as one sentence, for previews and cards. */
export function ifThenSentence(cue: string, response: string): string {
  const c = cue
    .trim()
    .replace(/^if\s+/i, '')
    .replace(/[,.]\s*$/, '');
  const r = response
    .trim()
    .replace(/^then\s+/i, '')
    .replace(/^i will\s+/i, '')
    .replace(/\.\s*$/, '');
  return `If ${c || '…'}, then I will ${r || '…'}.`;
}

const VAGUE_RESPONSE = /^(try|be|feel|do better|stop|not|avoid|think about)\b/i;
const CONCRETE_CUE =
  /\d|\b(when|after|before|at|on|if|morning|evening|night|lunch|work|home|bed|phone|feel|notice|start|see|hear|get|wake|arrive|leave|finish)\b/i;

/** A gentle nudge for each half of an if-then plan, or null when it reads concrete enough. */
export function ifThenNudges(
  cue: string,
  response: string,
): { cue: string | null; response: string | null } {
  const cueWords = cue.trim().split(/\s+/).filter(Boolean);
  const responseWords = response.trim().split(/\s+/).filter(Boolean);
  let cueNudge: string | null = null;
  let responseNudge: string | null = null;
  if (cueWords.length < 3) {
    cueNudge = 'Describe the moment a little more: when, where, or what you notice first.';
  } else if (!CONCRETE_CUE.test(cue)) {
    cueNudge = 'A concrete cue helps you spot it: a time, a place, or a feeling you can notice.';
  }
  if (responseWords.length < 3) {
    responseNudge = 'What exactly will you do? A small, specific action works best.';
  } else if (VAGUE_RESPONSE.test(response.trim().replace(/^i will\s+/i, ''))) {
    responseNudge =
      'Try naming an action you can actually take, like "text Sam" or "walk round the block".';
  }
  return { cue: cueNudge, response: responseNudge };
}
