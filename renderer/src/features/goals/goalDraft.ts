import type { GoalInput, GoalMeasure, Milestone, Rhythm } from '../../../../shared/goals';
import { goalStrings as s } from './strings';

/**
 * What the goal form holds while the user types: numbers and dates as the text typed, so a
 * half-typed "2." or "abc" is kept and explained beside its field instead of being lost.
 * `readDraft` turns it into a GoalInput plus the problems found, field by field.
 */
export interface GoalDraft {
  id?: string;
  title: string;
  specific: string;
  kind: GoalMeasure['kind'];
  unit: string;
  habitPeriod: GoalMeasure['habitPeriod'];
  baseline: string;
  target: string;
  direction: GoalMeasure['direction'];
  steps: string;
  confidence: string;
  why: string;
  lifeArea: string;
  targetDate: string;
  rhythm: Rhythm;
  milestones: Milestone[];
  guidedStep: number | null;
}

export type DraftField =
  | 'title'
  | 'specific'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'steps'
  | 'confidence'
  | 'why'
  | 'lifeArea'
  | 'targetDate'
  | 'milestones';

export type FieldErrors = Partial<Record<DraftField, string>>;

const numText = (n: number | null) => (n === null ? '' : String(n));

export function draftFromInput(input: GoalInput): GoalDraft {
  const { measure } = input;
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    title: input.title,
    specific: input.specific,
    kind: measure.kind,
    unit: measure.unit,
    habitPeriod: measure.habitPeriod,
    baseline: numText(measure.baseline),
    target: numText(measure.target),
    direction: measure.direction,
    steps: input.steps,
    confidence: numText(input.confidence),
    why: input.why,
    lifeArea: input.lifeArea,
    targetDate: input.targetDate ?? '',
    rhythm: input.rhythm,
    milestones: input.milestones,
    guidedStep: input.guidedStep,
  };
}

/** A number typed by a person: "", "3", "2.5", "2,5", "-1". NaN when it isn't one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return Number.NaN;
  return Number(t);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "" → null; a real calendar day between 2000 and 2100 → itself; anything else → an error. */
export function parseDay(text: string): { day: string | null; error?: string } {
  const t = text.trim();
  if (t === '') return { day: null };
  const m = ISO.exec(t);
  if (!m) return { day: null, error: s.dateInvalid };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return { day: null, error: s.dateInvalid };
  if (y < 2000 || y > 2100) return { day: null, error: s.dateRange };
  return { day: t };
}

/** The GoalInput to send and, beside it, what is wrong with which field (advice, not SMART). */
export function readDraft(draft: GoalDraft): { input: GoalInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const numberField = (field: 'baseline' | 'target'): number | null => {
    const value = parseNumber(draft[field]);
    if (value !== null && Number.isNaN(value)) {
      errors[field] = s.notANumber;
      return null;
    }
    if (value !== null && draft.kind === 'rating' && (value < 0 || value > 10)) {
      errors[field] = s.ratingRange;
      return null;
    }
    return value;
  };
  const baseline = numberField('baseline');
  const target = numberField('target');
  if (baseline !== null && target !== null && baseline === target) errors.target = s.sameAsBaseline;

  let confidence = parseNumber(draft.confidence);
  if (
    confidence !== null &&
    (Number.isNaN(confidence) || !Number.isInteger(confidence) || confidence < 0 || confidence > 10)
  ) {
    errors.confidence = s.confidenceRange;
    confidence = null;
  }

  const date = parseDay(draft.targetDate);
  if (date.error !== undefined) errors.targetDate = date.error;

  if (draft.milestones.some((m) => m.title.trim() === ''))
    errors.milestones = s.milestoneNameNeeded;

  const input: GoalInput = {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    title: draft.title.trim(),
    specific: draft.specific,
    measure: {
      kind: draft.kind,
      unit: draft.unit,
      habitPeriod: draft.habitPeriod,
      baseline,
      target,
      direction: draft.direction,
    },
    steps: draft.steps,
    confidence,
    why: draft.why,
    lifeArea: draft.lifeArea,
    targetDate: date.day,
    rhythm: draft.rhythm,
    milestones: draft.milestones.map((m) => ({ ...m, title: m.title.trim() })),
    guidedStep: draft.guidedStep,
  };
  return { input, errors };
}

const FIELD_PATHS: Record<string, DraftField> = {
  title: 'title',
  specific: 'specific',
  'measure.unit': 'unit',
  'measure.baseline': 'baseline',
  'measure.target': 'target',
  steps: 'steps',
  confidence: 'confidence',
  why: 'why',
  lifeArea: 'lifeArea',
  targetDate: 'targetDate',
};

/**
 * Main answers a rejected save with "message (path)" (electron/core/validate.ts). This puts
 * the message beside the field it is about; a path we don't show stays a form-level message.
 */
export function fieldOfError(message: string): { field: DraftField | null; message: string } {
  const m = /^(.*) \(([\w.]+)\)$/s.exec(message);
  if (!m) return { field: null, message };
  const [, text = message, path = ''] = m;
  if (path.startsWith('milestones')) return { field: 'milestones', message: text };
  return { field: FIELD_PATHS[path] ?? null, message: FIELD_PATHS[path] ? text : message };
}
