import { useId, type ReactNode } from 'react';

/**
 * A labelled form control with its hint and its problem beside it. The control gets
 * aria-invalid and is described by both, so a screen reader hears what to fix.
 */
interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="goal-field__hint muted" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="goal-field__error" id={id}>
      <span aria-hidden="true">! </span>
      {message}
    </p>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  className?: string;
}

/** A text, number-as-text or date field. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  type = 'text',
  inputMode,
  className,
}: TextProps) {
  return (
    <Field label={label} hint={hint} error={error} {...(className ? { className } : {})}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            className="goal-textarea"
            rows={3}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
        ) : (
          <input
            id={id}
            type={type}
            inputMode={inputMode}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              onChange(e.target.value);
            }}
          />
        )
      }
    </Field>
  );
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onChange: (value: T) => void;
}

/** A small set of choices as a select (keyboard friendly, compact beside other fields). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  names,
  onChange,
}: ChoiceProps<T>) {
  return (
    <Field label={label}>
      {({ id }) => (
        <select
          id={id}
          value={value}
          onChange={(e) => {
            onChange(e.target.value as T);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {names[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
