import type { DraftField } from './goalDraft';

/** The guided flow: one SMART letter per step, then a last look (step 5). */
export const FLOW_STEPS = 6;
export const LAST_STEP = FLOW_STEPS - 1;

/** Which fields each step shows, so Next checks only those. */
export const STEP_FIELDS: readonly (readonly DraftField[])[] = [
  ['title', 'specific'],
  ['unit', 'baseline', 'target'],
  ['steps', 'confidence'],
  ['why', 'lifeArea'],
  ['targetDate', 'milestones'],
  [],
];

/** A step number stored on a goal, kept inside the flow's range. */
export function clampStep(step: number | null): number {
  if (step === null || !Number.isInteger(step)) return 0;
  return Math.min(LAST_STEP, Math.max(0, step));
}
