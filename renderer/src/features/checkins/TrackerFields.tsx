import { useId } from 'react';
import type { Tracker } from '../../../../shared/checkin';
import type { DraftErrors } from './checkinDraft';
import { SmallField } from './SmallField';
import { checkinStrings as s } from './strings';

interface Props {
  trackers: Tracker[];
  values: Record<string, string>;
  errors: DraftErrors;
  onChange: (id: string, value: string) => void;
}

function YesNo({
  tracker,
  value,
  onChange,
}: {
  tracker: Tracker;
  value: string;
  onChange: (value: string) => void;
}) {
  const name = useId();
  const options = [
    { value: '1', label: s.yes },
    { value: '0', label: s.no },
    { value: '', label: s.notRecorded },
  ];
  return (
    <fieldset className="yes-no">
      <legend>{tracker.name}</legend>
      {options.map((o) => (
        <label key={o.label} className="ck-chip">
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => {
              onChange(o.value);
            }}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The user's own trackers inside a check-in (archived ones are not asked). */
export function TrackerFields({ trackers, values, errors, onChange }: Props) {
  if (trackers.length === 0) return null;
  return (
    <fieldset className="tracker-fields">
      <legend>{s.trackersLegend}</legend>
      {trackers.map((t) =>
        t.scale === 'yesno' ? (
          <YesNo
            key={t.id}
            tracker={t}
            value={values[t.id] ?? ''}
            onChange={(v) => {
              onChange(t.id, v);
            }}
          />
        ) : (
          <SmallField
            key={t.id}
            label={s.trackerRating(t.name)}
            value={values[t.id] ?? ''}
            error={errors[`tracker:${t.id}`] ? s.ratingError : null}
            onChange={(v) => {
              onChange(t.id, v);
            }}
          />
        ),
      )}
    </fieldset>
  );
}
