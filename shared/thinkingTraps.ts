import { z } from './zod';

/**
 * Thinking traps (cognitive distortions, DOMAIN.md §2). The names are the standard ones; the
 * explanations and examples are our own words. Built-in traps are part of the app and can't
 * be deleted (clinicians advise keeping the whole list in view); people may add their own.
 */
export interface ThinkingTrap {
  id: string;
  name: string;
  /** One line: what the trap does. */
  explanation: string;
  /** A short, everyday example of the trap at work. */
  example: string;
  builtIn: boolean;
}

type BuiltIn = Omit<ThinkingTrap, 'builtIn'>;

const BUILT_INS: readonly BuiltIn[] = [
  {
    id: 'all-or-nothing',
    name: 'All-or-nothing thinking',
    explanation: 'Seeing things in two boxes only, with nothing in between.',
    example: '“I forgot one slide, so the whole talk was a disaster.”',
  },
  {
    id: 'overgeneralisation',
    name: 'Overgeneralisation',
    explanation: 'Treating one event as proof of a pattern that never ends.',
    example: '“The bus was late again. Nothing ever works out for me.”',
  },
  {
    id: 'mental-filter',
    name: 'Mental filter',
    explanation: 'Fixing on one bad detail until it colours the whole picture.',
    example: 'Ten kind comments and one critical one, and only the critical one stays with me.',
  },
  {
    id: 'disqualifying-positive',
    name: 'Disqualifying the positive',
    explanation: 'Brushing off good things as if they don’t count.',
    example: '“They only said it went well to be nice.”',
  },
  {
    id: 'mind-reading',
    name: 'Mind reading',
    explanation: 'Being sure you know what others think, without asking.',
    example: '“She didn’t smile at me, so she must be annoyed with me.”',
  },
  {
    id: 'fortune-telling',
    name: 'Fortune telling',
    explanation: 'Predicting that things will go badly, as if it were already decided.',
    example: '“There’s no point applying; I won’t get it anyway.”',
  },
  {
    id: 'catastrophising',
    name: 'Magnification (catastrophising)',
    explanation: 'Blowing a problem up until it feels like the worst possible outcome.',
    example: '“If I stumble over a word, everyone will think I’m hopeless and I’ll lose my job.”',
  },
  {
    id: 'minimisation',
    name: 'Minimisation',
    explanation: 'Shrinking your strengths or progress until they seem to be nothing.',
    example: '“Anyone could have done that; it was nothing special.”',
  },
  {
    id: 'emotional-reasoning',
    name: 'Emotional reasoning',
    explanation: 'Taking a feeling as evidence that something is true.',
    example: '“I feel like a burden, so I must be one.”',
  },
  {
    id: 'should-statements',
    name: '“Should” statements',
    explanation: 'Holding yourself or others to rigid rules of “should”, “must” and “ought”.',
    example: '“I should be over this by now.”',
  },
  {
    id: 'labelling',
    name: 'Labelling',
    explanation: 'Summing up a whole person with one harsh word after one event.',
    example: '“I missed the deadline. I’m such a failure.”',
  },
  {
    id: 'personalisation',
    name: 'Personalisation (self-blame)',
    explanation: 'Taking the blame for things that were not, or not only, up to you.',
    example: '“My friend is in a bad mood; I must have done something wrong.”',
  },
  {
    id: 'blaming-others',
    name: 'Blaming others',
    explanation:
      'Putting all the responsibility on other people, leaving none of the choices to you.',
    example: '“I’m only unhappy because my family never supports me.”',
  },
];

export const BUILT_IN_TRAPS: readonly ThinkingTrap[] = BUILT_INS.map((t) => ({
  ...t,
  builtIn: true,
}));

export const BUILT_IN_TRAP_IDS: ReadonlySet<string> = new Set(BUILT_INS.map((t) => t.id));

export const TRAP_LIMITS = {
  nameMaxLength: 60,
  descriptionMaxLength: 300,
  customMax: 100,
} as const;

/** Custom trap ids carry a prefix so they can never collide with a built-in id. */
export const customTrapIdSchema = z
  .string()
  .regex(/^custom-[A-Za-z0-9_-]{1,57}$/, 'Not a valid thinking trap id.');
export const trapIdSchema = z
  .string()
  .max(64)
  .refine(
    (id) => BUILT_IN_TRAP_IDS.has(id) || customTrapIdSchema.safeParse(id).success,
    'Not a valid thinking trap id.',
  );

export const customTrapSchema = z.strictObject({
  id: customTrapIdSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Give the trap a short name.')
    .max(TRAP_LIMITS.nameMaxLength, `Keep the name under ${TRAP_LIMITS.nameMaxLength} characters.`),
  description: z
    .string()
    .trim()
    .max(
      TRAP_LIMITS.descriptionMaxLength,
      `Keep the description under ${TRAP_LIMITS.descriptionMaxLength} characters.`,
    ),
  createdAt: z.string(),
});
export type CustomTrap = z.infer<typeof customTrapSchema>;

/** What the renderer sends to add (no id) or rename a custom trap. */
export const customTrapInputSchema = customTrapSchema
  .pick({ name: true, description: true })
  .extend({ id: customTrapIdSchema.optional() });
export type CustomTrapInput = z.infer<typeof customTrapInputSchema>;

export function customToTrap(trap: CustomTrap): ThinkingTrap {
  return {
    id: trap.id,
    name: trap.name,
    explanation: trap.description,
    example: '',
    builtIn: false,
  };
}

/** The whole list, built-ins first in their usual order, then custom traps by name. */
export function allTraps(custom: readonly CustomTrap[]): ThinkingTrap[] {
  const mine = [...custom].sort((a, b) => a.name.localeCompare(b.name)).map(customToTrap);
  return [...BUILT_IN_TRAPS, ...mine];
}

/** A trap's name for display; a removed custom trap still reads sensibly. */
export function trapName(id: string, traps: readonly ThinkingTrap[]): string {
  return traps.find((t) => t.id === id)?.name ?? 'A trap you removed';
}
