import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  inputMode?: 'numeric' | 'decimal';
}

/** A short number field (ratings, hours) whose error is tied to it for screen readers. */
export function SmallField({ label, value, onChange, error, inputMode = 'numeric' }: Props) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="field checkin-small-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      {error && (
        <p id={errorId} className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
