import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** A row of radio buttons under a legend, styled as segmented choices. */
export function ChoiceGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  disabled = false,
}: Props<T>) {
  const name = useId();
  const keys = Object.keys(options) as T[];
  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {keys.map((key) => (
          <label key={key} className="choice">
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
