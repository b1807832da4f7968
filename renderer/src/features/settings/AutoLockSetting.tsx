import { useId } from 'react';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSetSettings, useSettings } from './queries';
import { settingsStrings as s } from './strings';

const CHOICES = [1, 5, 10, 15, 30, 60, 0];

export function AutoLockSetting() {
  const settings = useSettings();
  const setSettings = useSetSettings();
  const selectId = useId();
  const current = settings.data?.autoLockMinutes;
  // A value set elsewhere (e.g. a fraction of a minute) still shows up truthfully.
  const choices =
    current === undefined || CHOICES.includes(current) ? CHOICES : [current, ...CHOICES];

  return (
    <section className="settings-section" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{s.autoLockHeading}</h2>
      <p className="muted">{s.autoLockIntro}</p>
      {settings.isError && (
        <ErrorMessage message={`${s.loadFailed} ${messageOf(settings.error)}`} />
      )}
      <div className="field field--inline">
        <label htmlFor={selectId}>{s.autoLockLabel}</label>
        <select
          id={selectId}
          value={current ?? ''}
          disabled={current === undefined || setSettings.isPending}
          onChange={(e) => {
            setSettings.mutate({ autoLockMinutes: Number(e.target.value) });
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
        <p className="inline-status" role="status">
          {setSettings.isSuccess && s.saved}
        </p>
      </div>
      <ErrorMessage message={setSettings.isError ? messageOf(setSettings.error) : null} />
    </section>
  );
}
