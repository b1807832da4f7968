import { entryIdSchema, isoDateSchema } from './journal';
import { z } from './zod';

/**
 * PHQ-9 and GAD-7 (DOMAIN.md §4) with the instruments' own item wording, answer options and
 * source line. Self-report to discuss with a clinician — never a diagnosis.
 */
export const ANSWER_OPTIONS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;

export const PFIZER_SOURCE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

export interface Instrument {
  id: 'phq9' | 'gad7';
  name: string;
  stem: string;
  items: readonly string[];
  bands: readonly { min: number; max: number; label: string }[];
  source: string;
}

export const PHQ9: Instrument = {
  id: 'phq9',
  name: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  bands: [
    { min: 0, max: 4, label: 'Minimal' },
    { min: 5, max: 9, label: 'Mild' },
    { min: 10, max: 14, label: 'Moderate' },
    { min: 15, max: 19, label: 'Moderately severe' },
    { min: 20, max: 27, label: 'Severe' },
  ],
  source: PFIZER_SOURCE,
};

export const GAD7: Instrument = {
  id: 'gad7',
  name: 'GAD-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
  bands: [
    { min: 0, max: 4, label: 'Minimal' },
    { min: 5, max: 9, label: 'Mild' },
    { min: 10, max: 14, label: 'Moderate' },
    { min: 15, max: 21, label: 'Severe' },
  ],
  source: PFIZER_SOURCE,
};

export const INSTRUMENTS = { phq9: PHQ9, gad7: GAD7 } as const;

/** The optional, unscored question that follows both instruments. */
export const DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';
export const DIFFICULTY_OPTIONS = [
  'Not difficult at all',
  'Somewhat difficult',
  'Very difficult',
  'Extremely difficult',
] as const;

/** PHQ-9 item 9 (index 8): any answer above 0 shows the safety notice at once. */
export const PHQ9_SAFETY_ITEM = 8;

export const measureSchema = z
  .strictObject({
    id: entryIdSchema,
    instrument: z.enum(['phq9', 'gad7']),
    date: isoDateSchema,
    at: z.string(),
    answers: z.array(z.number().int().min(0).max(3)),
    difficulty: z.number().int().min(0).max(3).nullable(),
  })
  .refine((m) => m.answers.length === INSTRUMENTS[m.instrument].items.length, {
    message: 'Please answer every question.',
    path: ['answers'],
  });
export type Measure = z.infer<typeof measureSchema>;

export function total(answers: readonly number[]): number {
  return answers.reduce((sum, a) => sum + a, 0);
}

export function band(instrument: Instrument, score: number): string {
  return instrument.bands.find((b) => score >= b.min && score <= b.max)?.label ?? 'Unknown';
}

/** True when a PHQ-9's item 9 was answered above 0: the notice must show and cannot be hidden. */
export function needsSafetyNotice(measure: Pick<Measure, 'instrument' | 'answers'>): boolean {
  return measure.instrument === 'phq9' && (measure.answers[PHQ9_SAFETY_ITEM] ?? 0) > 0;
}

export interface ScoredMeasure {
  measure: Measure;
  total: number;
  band: string;
  /** Change since the previous one of the same instrument (negative = fewer symptoms). */
  change: number | null;
}

/** Scores every measure of one instrument, oldest first, with change since the previous. */
export function scoreSeries(
  measures: readonly Measure[],
  instrumentId: Instrument['id'],
): ScoredMeasure[] {
  const instrument = INSTRUMENTS[instrumentId];
  const list = measures
    .filter((m) => m.instrument === instrumentId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
  let previous: number | null = null;
  return list.map((measure) => {
    const score = total(measure.answers);
    const scored = {
      measure,
      total: score,
      band: band(instrument, score),
      change: previous === null ? null : score - previous,
    };
    previous = score;
    return scored;
  });
}

/** Days until the next questionnaire is suggested (negative = overdue); null when never taken. */
export function daysUntilDue(
  lastDate: string | null,
  today: string,
  everyDays: number,
): number | null {
  if (lastDate === null) return null;
  const [ly, lm, ld] = lastDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const last = Date.UTC(ly ?? 0, (lm ?? 1) - 1, ld ?? 1);
  const now = Date.UTC(ty ?? 0, (tm ?? 1) - 1, td ?? 1);
  return everyDays - Math.round((now - last) / 86_400_000);
}
