import { entryIdSchema, isoDateSchema } from './journal';
import { homeworkSkillSchema } from './skills';
import { z } from './zod';

/**
 * Therapy sessions, the running agenda for the next one, and homework (DOMAIN.md §5).
 */
const text = (max: number) => z.string().max(max, `Please keep this under ${max} characters.`);

export const homeworkSchema = z.strictObject({
  id: entryIdSchema,
  text: text(500).min(1, 'Describe the homework in a few words.'),
  due: isoDateSchema.nullable(),
  doneOn: isoDateSchema.nullable(),
  /** "Practise a skill N times": progress is counted from the practice log. */
  skill: homeworkSkillSchema.nullable().optional(),
});
export type Homework = z.infer<typeof homeworkSchema>;

export const therapySessionSchema = z.strictObject({
  id: entryIdSchema,
  date: isoDateSchema,
  /** An optional label such as "Dr. K." — never required. */
  therapist: text(100),
  notes: text(10_000),
  takeaways: text(5000),
  homework: z.array(homeworkSchema).max(100),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TherapySession = z.infer<typeof therapySessionSchema>;

export const therapySessionInputSchema = therapySessionSchema
  .omit({ id: true, createdAt: true, updatedAt: true, homework: true })
  .extend({
    id: entryIdSchema.optional(),
    homework: z
      .array(homeworkSchema.omit({ id: true }).extend({ id: entryIdSchema.optional() }))
      .max(100),
  });
export type TherapySessionInput = z.infer<typeof therapySessionInputSchema>;

export const AGENDA_SOURCES = ['home', 'entry', 'thought', 'goal', 'plan', 'session'] as const;

export const agendaItemSchema = z.strictObject({
  id: entryIdSchema,
  text: text(1000).min(1, 'Write the topic or question.'),
  addedOn: isoDateSchema,
  /** Order of adding (the agenda reads in the order things came up). */
  seq: z.number().int().min(0),
  /** Where it was added from (the link is stored here, once). */
  source: z.enum(AGENDA_SOURCES),
  sourceId: entryIdSchema.nullable(),
  /** Set when marked discussed at a session; open items have null. */
  discussedIn: entryIdSchema.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** The session before `today` with the latest date, or null. */
export function lastSession(
  sessions: readonly TherapySession[],
  today: string,
): TherapySession | null {
  let best: TherapySession | null = null;
  for (const s of sessions) if (s.date <= today && (best === null || s.date > best.date)) best = s;
  return best;
}

/** Open homework (not done), soonest due first; undated last. */
export function openHomework(
  sessions: readonly TherapySession[],
): (Homework & { sessionId: string })[] {
  return sessions
    .flatMap((s) =>
      s.homework.filter((h) => h.doneOn === null).map((h) => ({ ...h, sessionId: s.id })),
    )
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}
