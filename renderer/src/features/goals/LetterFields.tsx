import { RHYTHMS } from '../../../../shared/goals';
import type { DraftProps } from './draftProps';
import { SelectField, TextField } from './Field';
import { goalStrings as s } from './strings';

/** The fields for S, A, R and T (M has its own file: it has the most parts). */

const f = s.fields;

export function SpecificFields({ draft, errors, onChange }: DraftProps) {
  return (
    <>
      <TextField
        label={f.title}
        hint={f.titleHint}
        value={draft.title}
        error={errors.title}
        onChange={(title) => {
          onChange({ title });
        }}
      />
      <TextField
        label={f.specific}
        multiline
        value={draft.specific}
        error={errors.specific}
        onChange={(specific) => {
          onChange({ specific });
        }}
      />
    </>
  );
}

export function AchievableFields({ draft, errors, onChange }: DraftProps) {
  return (
    <>
      <TextField
        label={f.steps}
        hint={f.stepsHint}
        multiline
        value={draft.steps}
        error={errors.steps}
        onChange={(steps) => {
          onChange({ steps });
        }}
      />
      <TextField
        label={f.confidence}
        hint={f.confidenceHint}
        inputMode="numeric"
        className="field--short"
        value={draft.confidence}
        error={errors.confidence}
        onChange={(confidence) => {
          onChange({ confidence });
        }}
      />
    </>
  );
}

export function RelevantFields({ draft, errors, onChange }: DraftProps) {
  return (
    <>
      <TextField
        label={f.why}
        multiline
        value={draft.why}
        error={errors.why}
        onChange={(why) => {
          onChange({ why });
        }}
      />
      <TextField
        label={f.lifeArea}
        hint={f.lifeAreaHint}
        value={draft.lifeArea}
        error={errors.lifeArea}
        onChange={(lifeArea) => {
          onChange({ lifeArea });
        }}
      />
    </>
  );
}

export function TimeFields({ draft, errors, onChange }: DraftProps) {
  return (
    <>
      <TextField
        label={f.targetDate}
        type="date"
        className="field--short"
        value={draft.targetDate}
        error={errors.targetDate}
        onChange={(targetDate) => {
          onChange({ targetDate });
        }}
      />
      <SelectField
        label={f.rhythm}
        value={draft.rhythm}
        options={RHYTHMS}
        names={s.rhythms}
        onChange={(rhythm) => {
          onChange({ rhythm });
        }}
      />
    </>
  );
}
