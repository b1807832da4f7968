import { entryIdSchema, isoDateSchema } from './journal';
import { z } from './zod';

/**
 * Coping skills and practice (DOMAIN.md §7): a library of the user's own skills plus a small
 * starter set written in our own words, and a log of each time one was practised, so the
 * person can see what helps them and in which kind of moment.
 */
const text = (max: number) => z.string().max(max, `Please keep this under ${max} characters.`);

export const SKILL_TAGS = ['calming', 'activating', 'social', 'thinking'] as const;
export type SkillTag = (typeof SKILL_TAGS)[number];

/** The kind of moment a skill was practised in (optional; "most helpful" is grouped by it). */
export const SITUATION_TAGS = [
  'anxious',
  'low',
  'angry',
  'overwhelmed',
  'lonely',
  'restless',
  'everyday',
] as const;
export type SituationTag = (typeof SITUATION_TAGS)[number];

/** A built-in skill: our own plain words; never stored, never edited (only hidden). */
export interface BuiltinSkill {
  id: string;
  name: string;
  howTo: string;
  tags: SkillTag[];
}

export const BUILTIN_SKILLS: readonly BuiltinSkill[] = [
  {
    id: 'builtin-paced-breathing',
    name: 'Paced breathing',
    howTo:
      'Breathe in gently through your nose for a count of four, then out slowly for a count of six. Let the out-breath be the longer one. Keep going for two or three minutes, or ten slow breaths.',
    tags: ['calming'],
  },
  {
    id: 'builtin-grounding-senses',
    name: 'Grounding through the senses',
    howTo:
      'Look around and name five things you can see, four you can feel, three you can hear, two you can smell and one you can taste. Say them quietly or in your head, slowly.',
    tags: ['calming'],
  },
  {
    id: 'builtin-short-walk',
    name: 'A short walk',
    howTo:
      'Step outside, or just into another room, and walk for ten minutes. Notice your feet, the air and what you pass. No goal beyond moving.',
    tags: ['calming', 'activating'],
  },
  {
    id: 'builtin-behavioural-activation',
    name: 'One small pleasant or meaningful thing',
    howTo:
      'Pick one small activity you used to enjoy or that matters to you — water a plant, play one song, tidy one shelf. Do it even if you do not feel like it yet: the feeling often follows the doing.',
    tags: ['activating'],
  },
  {
    id: 'builtin-opposite-action',
    name: 'Opposite action',
    howTo:
      'Name the emotion and what it urges you to do (hide, snap, give up). If acting on that urge would not help right now, do the opposite, gently and fully: reach out instead of hiding, speak softly instead of snapping.',
    tags: ['thinking', 'activating'],
  },
  {
    id: 'builtin-reach-out',
    name: 'Reaching out to someone',
    howTo:
      'Send a short message or call someone you trust. It can be small: "Thinking of you — fancy a chat this week?" You do not have to explain everything.',
    tags: ['social'],
  },
  {
    id: 'builtin-problem-solving',
    name: 'Problem solving in steps',
    howTo:
      'Write the problem in one sentence. List every possible way forward, even silly ones. Pick one that seems doable, break it into a first small step, and choose when you will take it. Afterwards, look at how it went.',
    tags: ['thinking'],
  },
  {
    id: 'builtin-muscle-relaxation',
    name: 'Tense and release',
    howTo:
      'Starting with your feet, tense one group of muscles for five seconds, then let go and notice the difference for ten. Move slowly up through legs, belly, hands, shoulders and face.',
    tags: ['calming'],
  },
  {
    id: 'builtin-worry-time',
    name: 'Worry time',
    howTo:
      'When a worry comes, jot it down and tell yourself you will come back to it at your worry time — fifteen minutes at the same time each day. At that time, go through the list; many worries will have shrunk.',
    tags: ['thinking', 'calming'],
  },
  {
    id: 'builtin-self-compassion',
    name: 'A kind word to yourself',
    howTo:
      'Ask what you would say to a good friend in this moment, then say it to yourself, in the same warm tone. A hand on your chest can help.',
    tags: ['calming', 'thinking'],
  },
];

export const isBuiltinSkillId = (id: string): boolean => BUILTIN_SKILLS.some((b) => b.id === id);

export const skillTagsSchema = z
  .array(z.enum(SKILL_TAGS))
  .max(SKILL_TAGS.length)
  .refine((tags) => new Set(tags).size === tags.length, 'Each tag once, please.');

/** One of the user's own skills (records/skills.wpv). */
export const customSkillSchema = z.strictObject({
  kind: z.literal('custom'),
  id: entryIdSchema,
  name: text(120).trim().min(1, 'Give the skill a short name.'),
  howTo: text(2000),
  tags: skillTagsSchema,
  whenItHelps: text(1000),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomSkill = z.infer<typeof customSkillSchema>;

/** The user's own layer over a built-in skill: hidden or not, and their "when it helps me". */
export const builtinSkillStateSchema = z.strictObject({
  kind: z.literal('builtin'),
  id: entryIdSchema.refine(isBuiltinSkillId, 'That is not one of the starter skills.'),
  hidden: z.boolean(),
  whenItHelps: text(1000),
  updatedAt: z.string(),
});
export type BuiltinSkillState = z.infer<typeof builtinSkillStateSchema>;

export const skillRecordSchema = z.discriminatedUnion('kind', [
  customSkillSchema,
  builtinSkillStateSchema,
]);
export type SkillRecord = z.infer<typeof skillRecordSchema>;

/** A skill as the app shows it: a built-in with the user's layer, or one of their own. */
export interface Skill {
  id: string;
  builtin: boolean;
  name: string;
  howTo: string;
  tags: SkillTag[];
  whenItHelps: string;
  /** Built-ins are hidden; the user's own are archived. Either way, out of the library list. */
  hidden: boolean;
}

export const skillInputSchema = z.strictObject({
  id: entryIdSchema.optional(),
  name: text(120).trim().min(1, 'Give the skill a short name.'),
  howTo: text(2000),
  tags: skillTagsSchema,
  whenItHelps: text(1000),
});
export type SkillInput = z.infer<typeof skillInputSchema>;

const rating = (min: number, max: number) =>
  z
    .number()
    .int(`Choose a whole number from ${min} to ${max}.`)
    .min(min, `Choose a number from ${min} to ${max}.`)
    .max(max, `Choose a number from ${min} to ${max}.`);

/** One time a skill was practised (records/practice.wpv). */
export const practiceSchema = z.strictObject({
  id: entryIdSchema,
  skillId: entryIdSchema,
  date: isoDateSchema,
  /** The user's private words about the moment; never in a summary. */
  situation: text(500),
  situationTag: z.enum(SITUATION_TAGS).nullable(),
  /** Distress or intensity, 0–10, before and after; either may be left out. */
  before: rating(0, 10).nullable(),
  after: rating(0, 10).nullable(),
  /** How helpful it was, 1 (not at all) to 5 (very). */
  helpful: rating(1, 5),
  note: text(1000),
  /** Set when logged from a journal entry (the link is stored here, once). */
  entryId: entryIdSchema.nullable(),
  createdAt: z.string(),
});
export type Practice = z.infer<typeof practiceSchema>;

export const practiceInputSchema = practiceSchema
  .omit({ id: true, createdAt: true, entryId: true })
  .extend({ entryId: entryIdSchema.nullable().optional() });
export type PracticeInput = z.infer<typeof practiceInputSchema>;

/** Homework that asks to practise a skill a number of times (stored on the homework item). */
export const homeworkSkillSchema = z.strictObject({
  skillId: entryIdSchema,
  times: z.number().int().min(1, 'At least once.').max(50, 'At most 50 times.'),
});
export type HomeworkSkill = z.infer<typeof homeworkSkillSchema>;

/** Built-ins (with the user's layer) and the user's own skills, built-ins first, then by name. */
export function mergeSkills(records: readonly SkillRecord[]): Skill[] {
  const states = new Map<string, BuiltinSkillState>();
  const custom: Skill[] = [];
  for (const r of records) {
    if (r.kind === 'builtin') states.set(r.id, r);
    else
      custom.push({
        id: r.id,
        builtin: false,
        name: r.name,
        howTo: r.howTo,
        tags: r.tags,
        whenItHelps: r.whenItHelps,
        hidden: r.archived,
      });
  }
  const builtins = BUILTIN_SKILLS.map((b) => {
    const state = states.get(b.id);
    return {
      ...b,
      tags: [...b.tags],
      builtin: true,
      whenItHelps: state?.whenItHelps ?? '',
      hidden: state?.hidden ?? false,
    };
  });
  return [...builtins, ...custom.sort((a, b) => a.name.localeCompare(b.name))];
}
