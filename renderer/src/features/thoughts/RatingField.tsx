import { useId, useState } from 'react';

interface Props {
  /** The visible label; the slider carries it, the number field adds "as a number". */
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  /** Where the slider rests while nothing is rated yet. */
  restingValue?: number;
  hint?: string;
  /** Shown while value is null, beside the number field. */
  unsetText?: string;
  /** Focus the slider when it appears (an emotion just added). */
  autoFocus?: boolean;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * A 0–100 rating as a slider and a number field that stay in step. Values outside 0–100
 * can't be entered: the number is clamped as it is typed.
 */
export function RatingField({
  label,
  value,
  onChange,
  restingValue = 50,
  hint,
  unsetText,
  autoFocus = false,
}: Props) {
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? (value === null ? '' : String(value));
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="rating" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-range`} className="rating__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="rating__hint">
          {hint}
        </p>
      )}
      <div className="rating__controls">
        <span className="rating__end" aria-hidden="true">
          0
        </span>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={100}
          step={1}
          value={value ?? restingValue}
          aria-valuetext={value === null ? (unsetText ?? '') : `${value} out of 100`}
          aria-describedby={hintId}
          data-unset={value === null ? 'true' : undefined}
          autoFocus={autoFocus}
          onChange={(e) => {
            setTyped(null);
            onChange(clamp(Number(e.target.value)));
          }}
        />
        <span className="rating__end" aria-hidden="true">
          100
        </span>
        <input
          type="number"
          className="rating__number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={shown}
          placeholder="–"
          aria-label={`${label}, as a number from 0 to 100`}
          onChange={(e) => {
            const raw = e.target.value;
            if (raw === '' || !Number.isFinite(Number(raw))) {
              setTyped('');
              return;
            }
            const next = clamp(Number(raw));
            setTyped(String(next));
            onChange(next);
          }}
          onBlur={() => {
            setTyped(null);
          }}
        />
        {value === null && unsetText && <span className="rating__unset">{unsetText}</span>}
      </div>
    </div>
  );
}
