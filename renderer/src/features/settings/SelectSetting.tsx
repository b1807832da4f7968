import { useId } from 'react';
import type { Settings } from '../../../../shared/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SavedNote } from './SavedNote';
import { useSettingField } from './useSettingField';

type Key = {
  [K in keyof Settings]: Settings[K] extends string | number ? K : never;
}[keyof Settings];

interface Props<K extends Key> {
  settingKey: K;
  label: string;
  hint?: string;
  /** Choices in order, as [value, label]. */
  options: readonly (readonly [Settings[K], string])[];
}

/** A labelled drop-down for one setting; saves on change. */
export function SelectSetting<K extends Key>({ settingKey, label, hint, options }: Props<K>) {
  const field = useSettingField(settingKey);
  const id = useId();
  const hintId = useId();
  const index = options.findIndex(([value]) => value === field.value);
  return (
    <div className="setting">
      <div className="field field--inline">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={index < 0 ? '' : String(index)}
          disabled={field.value === undefined}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => {
            const option = options[Number(event.target.value)];
            if (option) field.save(option[0]);
          }}
        >
          {index < 0 && <option value="" disabled />}
          {options.map(([value, text], i) => (
            <option key={String(value)} value={String(i)}>
              {text}
            </option>
          ))}
        </select>
        <SavedNote saved={field.saved} />
      </div>
      {hint && (
        <p id={hintId} className="setting__hint">
          {hint}
        </p>
      )}
      <ErrorMessage message={field.saveError ?? field.loadError} />
    </div>
  );
}
