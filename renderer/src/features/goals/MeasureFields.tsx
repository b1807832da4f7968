import type { DraftProps } from './draftProps';
import { SelectField, TextField } from './Field';
import { goalStrings as s } from './strings';

const f = s.fields;
const KINDS = ['number', 'habit', 'rating'] as const;
const PERIODS = ['day', 'week'] as const;
const DIRECTIONS = ['up', 'down'] as const;

/** M: what is counted or rated, where it starts, where it is heading, and which way is better. */
export function MeasureFields({ draft, errors, onChange }: DraftProps) {
  return (
    <>
      <SelectField
        label={f.kind}
        value={draft.kind}
        options={KINDS}
        names={f.kinds}
        onChange={(kind) => {
          onChange({ kind });
        }}
      />
      {draft.kind === 'number' && (
        <TextField
          label={f.unit}
          hint={f.unitHint}
          value={draft.unit}
          error={errors.unit}
          onChange={(unit) => {
            onChange({ unit });
          }}
        />
      )}
      {draft.kind === 'habit' && (
        <SelectField
          label={f.habitPeriod}
          value={draft.habitPeriod}
          options={PERIODS}
          names={f.habitPeriods}
          onChange={(habitPeriod) => {
            onChange({ habitPeriod });
          }}
        />
      )}
      <div className="goal-form__row">
        <TextField
          label={f.baseline}
          inputMode="decimal"
          value={draft.baseline}
          error={errors.baseline}
          onChange={(baseline) => {
            onChange({ baseline });
          }}
        />
        <TextField
          label={f.target}
          inputMode="decimal"
          value={draft.target}
          error={errors.target}
          onChange={(target) => {
            onChange({ target });
          }}
        />
      </div>
      <SelectField
        label={f.direction}
        value={draft.direction}
        options={DIRECTIONS}
        names={f.directions}
        onChange={(direction) => {
          onChange({ direction });
        }}
      />
    </>
  );
}
