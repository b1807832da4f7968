import type { ReactNode } from 'react';

/**
 * A row of radio buttons drawn as choice chips (styles in plans.css): a rating or a choice
 * that can only be one of its values, so nothing out of range can be entered.
 */
export function RadioChoices<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: readonly { value: T; label: ReactNode }[];
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="plan-choices">
      <legend>{legend}</legend>
      <div className="plan-choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className="plan-choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => {
                onChange(choice.value);
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
