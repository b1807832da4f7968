import { useId } from 'react';
import { MOOD_LABELS } from '../../../../shared/checkin';
import { checkinStrings as s } from './strings';

const MOODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface Props {
  value: number | null;
  onChange: (mood: number) => void;
  error: string | null;
}

/** Mood 1–10 as radios; every option shows its number and its words, never colour alone. */
export function MoodPicker({ value, onChange, error }: Props) {
  const name = useId();
  const errorId = useId();
  return (
    <fieldset
      className="mood-picker"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{s.moodLegend}</legend>
      <div className="mood-picker__options">
        {MOODS.map((mood) => (
          <label key={mood} className="mood-option" data-mood={mood}>
            <input
              type="radio"
              name={name}
              value={mood}
              checked={value === mood}
              onChange={() => {
                onChange(mood);
              }}
            />
            <span className="mood-option__number">{mood}</span>{' '}
            <span className="mood-option__label">{MOOD_LABELS[mood]}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
