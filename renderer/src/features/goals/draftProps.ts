import type { FieldErrors, GoalDraft } from './goalDraft';

/** What every group of goal fields receives. */
export interface DraftProps {
  draft: GoalDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<GoalDraft>) => void;
}
