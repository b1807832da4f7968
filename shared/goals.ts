import { isoDateSchema, entryIdSchema } from './journal';
import { z } from './zod';

/** SMART goals (DOMAIN.md §1): what changes, how it is measured, and how it is going. */
export const GOAL_STATUSES = ['active', 'paused', 'achieved', 'letGo'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const RHYTHMS = ['weekly', 'fortnightly', 'monthly'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
export const RHYTHM_DAYS: Record<Rhythm, number> = { weekly: 7, fortnightly: 14, monthly: 30 };

const text = (max: number) => z.string().max(max, `Please keep this under ${max} characters.`);
const finite = z.number().refine(Number.isFinite, 'Enter a number.');

export const goalMeasureSchema = z.strictObject({
  /** number: a quantity with a unit; habit: yes/no counted per day or week; rating: 0–10. */
  kind: z.enum(['number', 'habit', 'rating']),
  unit: text(40),
  habitPeriod: z.enum(['day', 'week']),
  baseline: finite.nullable(),
  target: finite.nullable(),
  direction: z.enum(['up', 'down']),
});
export type GoalMeasure = z.infer<typeof goalMeasureSchema>;

export const goalCheckinSchema = z.strictObject({
  id: entryIdSchema,
  date: isoDateSchema,
  value: finite,
  note: text(1000),
  /** Set when the check-in was made from a journal entry. */
  entryId: entryIdSchema.nullable().default(null),
});
export type GoalCheckin = z.infer<typeof goalCheckinSchema>;

export const milestoneSchema = z.strictObject({
  id: entryIdSchema,
  title: text(200).min(1, 'Give the step a name.'),
  doneOn: isoDateSchema.nullable(),
  /** A coping skill this step is about practising. */
  skillId: entryIdSchema.nullable().optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const goalSchema = z.strictObject({
  id: entryIdSchema,
  title: text(200).min(1, 'Give your goal a short name.'),
  specific: text(2000),
  measure: goalMeasureSchema,
  steps: text(4000),
  confidence: z.number().int().min(0).max(10).nullable(),
  why: text(2000),
  lifeArea: text(60),
  targetDate: isoDateSchema.nullable(),
  rhythm: z.enum(RHYTHMS),
  milestones: z.array(milestoneSchema).max(100),
  status: z.enum(GOAL_STATUSES),
  statusHistory: z
    .array(z.strictObject({ status: z.enum(GOAL_STATUSES), on: isoDateSchema, note: text(500) }))
    .max(500),
  checkins: z.array(goalCheckinSchema).max(20_000),
  /** The guided flow's step, so leaving half-way resumes there; null when finished. */
  guidedStep: z.number().int().min(0).max(5).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Goal = z.infer<typeof goalSchema>;

/** What the renderer sends to create or edit a goal (server fills id, dates, history). */
export const goalInputSchema = goalSchema
  .omit({
    id: true,
    checkins: true,
    statusHistory: true,
    status: true,
    createdAt: true,
    updatedAt: true,
  })
  .extend({ id: entryIdSchema.optional() })
  .superRefine((goal, ctx) => {
    const { baseline, target } = goal.measure;
    if (baseline !== null && target !== null && baseline === target) {
      ctx.addIssue({
        code: 'custom',
        path: ['measure', 'target'],
        message: 'The target is the same as the starting point.',
      });
    }
    if (goal.measure.kind === 'rating') {
      for (const key of ['baseline', 'target'] as const) {
        const value = goal.measure[key];
        if (value !== null && (value < 0 || value > 10)) {
          ctx.addIssue({
            code: 'custom',
            path: ['measure', key],
            message: 'A rating goes from 0 to 10.',
          });
        }
      }
    }
  });
export type GoalInput = z.infer<typeof goalInputSchema>;

export function emptyGoalInput(): GoalInput {
  return {
    title: '',
    specific: '',
    measure: {
      kind: 'number',
      unit: '',
      habitPeriod: 'week',
      baseline: null,
      target: null,
      direction: 'up',
    },
    steps: '',
    confidence: null,
    why: '',
    lifeArea: '',
    targetDate: null,
    rhythm: 'weekly',
    milestones: [],
    guidedStep: 0,
  };
}
