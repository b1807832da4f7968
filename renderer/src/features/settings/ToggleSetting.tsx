import { useId } from 'react';
import type { Settings } from '../../../../shared/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SavedNote } from './SavedNote';
import { useSettingField } from './useSettingField';

type Key = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** A checkbox for one on/off setting, with an explanation under it; saves on change. */
export function ToggleSetting({
  settingKey,
  label,
  hint,
}: {
  settingKey: Key;
  label: string;
  hint?: string;
}) {
  const field = useSettingField(settingKey);
  const id = useId();
  const hintId = useId();
  return (
    <div className="setting">
      <div className="checkbox setting__toggle">
        <input
          id={id}
          type="checkbox"
          checked={field.value ?? false}
          disabled={field.value === undefined}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => {
            field.save(event.target.checked);
          }}
        />
        <label htmlFor={id}>{label}</label>
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
