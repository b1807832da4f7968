import type { SESSIONS_CHANNELS } from '../channels';
import { entryIdSchema } from '../journal';
import {
  AGENDA_SOURCES,
  therapySessionInputSchema,
  type AgendaItem,
  type TherapySession,
  type TherapySessionInput,
} from '../sessions';
import { summaryOptionsSchema, type SummaryModel, type SummaryOptions } from '../summary';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

const empty = z.strictObject({});

/** Therapy sessions, homework and the agenda for the next session. */
export const sessionsContract = {
  'sessions:list': channel<typeof empty, TherapySession[]>(empty),
  /** Creates (no id) or edits a session with its notes, takeaways and homework. */
  'sessions:save': channel<z.ZodType<TherapySessionInput>, TherapySession>(
    therapySessionInputSchema,
  ),
  'sessions:delete': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
  'sessions:setHomeworkDone': channel<
    z.ZodType<{ sessionId: string; homeworkId: string; done: boolean }>,
    TherapySession
  >(z.strictObject({ sessionId: entryIdSchema, homeworkId: entryIdSchema, done: z.boolean() })),
  'agenda:list': channel<typeof empty, AgendaItem[]>(empty),
  'agenda:add': channel<
    z.ZodType<{ text: string; source: AgendaItem['source']; sourceId: string | null }>,
    AgendaItem
  >(
    z.strictObject({
      text: z.string().trim().min(1, 'Write the topic or question.').max(1000),
      source: z.enum(AGENDA_SOURCES),
      sourceId: entryIdSchema.nullable(),
    }),
  ),
  /** Edit the text, or mark discussed at a session (discussedIn) / open again (null). */
  'agenda:update': channel<
    z.ZodType<{ id: string; text?: string | undefined; discussedIn?: string | null | undefined }>,
    AgendaItem
  >(
    z.strictObject({
      id: entryIdSchema,
      text: z.string().trim().min(1).max(1000).optional(),
      discussedIn: entryIdSchema.nullable().optional(),
    }),
  ),
  'agenda:delete': channel<z.ZodType<{ id: string }>, null>(z.strictObject({ id: entryIdSchema })),
  /** The builder's starting point: since the last session, with shared entries pre-selected. */
  'summary:defaults': channel<
    typeof empty,
    { from: string; to: string; entries: SummaryOptions['entries']; lastSession: string | null }
  >(empty),
  /** The model and exactly what would be exported, for the preview. */
  'summary:build': channel<
    z.ZodType<SummaryOptions>,
    { model: SummaryModel; html: string; markdown: string }
  >(summaryOptionsSchema),
  /** Saves the summary as PDF or Markdown (not encrypted: the UI says so). */
  'summary:export': channel<
    z.ZodType<{ options: SummaryOptions; format: 'pdf' | 'md'; pageSize: 'A4' | 'Letter' }>,
    { path: string | null }
  >(
    z.strictObject({
      options: summaryOptionsSchema,
      format: z.enum(['pdf', 'md']),
      pageSize: z.enum(['A4', 'Letter']),
    }),
  ),
} as const satisfies Record<(typeof SESSIONS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
