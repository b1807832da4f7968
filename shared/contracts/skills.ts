import type { SKILLS_CHANNELS } from '../channels';
import { entryIdSchema } from '../journal';
import {
  practiceInputSchema,
  skillInputSchema,
  type Practice,
  type PracticeInput,
  type Skill,
  type SkillInput,
} from '../skills';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';

const empty = z.strictObject({});

/** Coping skills (built-in and the user's own) and the practice log. */
export const skillsContract = {
  /** Every skill, hidden and archived ones included (the renderer filters). */
  'skills:list': channel<typeof empty, Skill[]>(empty),
  /** Creates (no id) or edits one of the user's own skills; built-ins cannot be changed. */
  'skills:save': channel<z.ZodType<SkillInput>, Skill>(skillInputSchema),
  /** Hides a built-in or archives one of the user's own skills (false brings it back). */
  'skills:setHidden': channel<z.ZodType<{ id: string; hidden: boolean }>, Skill>(
    z.strictObject({ id: entryIdSchema, hidden: z.boolean() }),
  ),
  /** The user's "when it helps me" note, for any skill (a built-in's text stays as it is). */
  'skills:setWhenItHelps': channel<z.ZodType<{ id: string; whenItHelps: string }>, Skill>(
    z.strictObject({
      id: entryIdSchema,
      whenItHelps: z.string().max(1000, 'Please keep this under 1000 characters.'),
    }),
  ),
  'skills:practices': channel<typeof empty, Practice[]>(empty),
  'skills:logPractice': channel<z.ZodType<PracticeInput>, Practice>(practiceInputSchema),
  'skills:deletePractice': channel<z.ZodType<{ id: string }>, null>(
    z.strictObject({ id: entryIdSchema }),
  ),
} as const satisfies Record<(typeof SKILLS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
