import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  hint?: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
  disabled?: boolean;
  /** An extra class per option (e.g. to show each font in itself). */
  optionClass?: (value: T) => string;
}

/** A row of radio buttons under a legend, styled as segmented choices. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  value,
  options,
  onChange,
  disabled = false,
  optionClass,
}: Props<T>) {
  const name = useId();
  const hintId = useId();
  const keys = Object.keys(options) as T[];
  return (
    <fieldset
      className="choice-group"
      disabled={disabled}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="setting__hint">
          {hint}
        </p>
      )}
      <div className="choice-group__options">
        {keys.map((key) => (
          <label key={key} className={optionClass ? `choice ${optionClass(key)}` : 'choice'}>
            <input
              type="radio"
              name={name}
              value={key}
              checked={value === key}
              onChange={() => {
                onChange(key);
              }}
            />
            <span>{options[key]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
