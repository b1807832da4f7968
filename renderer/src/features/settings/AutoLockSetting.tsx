import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SavedNote } from './SavedNote';
import { settingsStrings as s } from './strings';
import { useSettingField } from './useSettingField';

const CHOICES = [1, 5, 10, 15, 30, 60, 0];

export function AutoLockSetting() {
  const field = useSettingField('autoLockMinutes');
  const selectId = useId();
  const hintId = useId();
  const current = field.value;
  // A value set elsewhere (e.g. a fraction of a minute) still shows up truthfully.
  const choices =
    current === undefined || CHOICES.includes(current) ? CHOICES : [current, ...CHOICES];

  return (
    <div className="setting">
      <div className="field field--inline">
        <label htmlFor={selectId}>{s.autoLockLabel}</label>
        <select
          id={selectId}
          value={current ?? ''}
          disabled={current === undefined || field.saving}
          aria-describedby={hintId}
          onChange={(e) => {
            field.save(Number(e.target.value));
          }}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0
                ? s.never
                : CHOICES.includes(minutes)
                  ? s.minutes(minutes)
                  : s.custom(minutes)}
            </option>
          ))}
        </select>
        <SavedNote saved={field.saved} />
      </div>
      <p id={hintId} className="setting__hint">
        {s.autoLockHint}
      </p>
      <ErrorMessage
        message={field.loadError ? `${s.loadFailed} ${field.loadError}` : field.saveError}
      />
    </div>
  );
}
