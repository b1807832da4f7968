import { useId } from 'react';
import { thoughtStrings as s } from './strings';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  /** Extra description read with the field (e.g. prompts). */
  describedBy?: string;
  /** Focus the field when it appears (a thought just added). */
  autoFocus?: boolean;
}

/**
 * A multi-line field with the documented limit: a counter appears near the limit, and past
 * it a plain message says how much to trim (nothing is cut off silently).
 */
export function LongTextField({
  label,
  value,
  onChange,
  max,
  rows = 5,
  describedBy,
  autoFocus = false,
}: Props) {
  const id = useId();
  const over = value.length > max;
  const near = value.length > max * 0.9;
  const countId = `${id}-count`;
  const described = [describedBy, near ? countId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="thoughts-textarea"
        rows={rows}
        value={value}
        autoFocus={autoFocus}
        aria-invalid={over ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {near && (
        <p
          id={countId}
          className={over ? 'form-error' : 'field-count'}
          role={over ? 'alert' : undefined}
        >
          {over
            ? `This can hold up to ${max.toLocaleString()} characters and has ${value.length.toLocaleString()}. Please shorten it a little — the rest could go into a journal entry.`
            : s.textCount(value.length, max)}
        </p>
      )}
    </div>
  );
}
