import { useId, useState } from 'react';
import type { Tracker } from '../../../../shared/checkin';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSaveTracker, useTrackers } from './queries';
import { checkinStrings as s } from './strings';

/** "Your trackers": add one (0–10 or yes/no), stop tracking or track again. */
export function TrackersSection() {
  const trackers = useTrackers();
  const save = useSaveTracker();
  const [name, setName] = useState('');
  const [scale, setScale] = useState<Tracker['scale']>('rating');
  const [status, setStatus] = useState('');
  const nameId = useId();
  const scaleName = useId();
  const list = trackers.data ?? [];

  return (
    <section className="checkins-card" aria-labelledby="checkins-trackers">
      <h2 id="checkins-trackers">{s.trackersHeading}</h2>
      <p className="muted">{s.trackersIntro}</p>
      {trackers.isSuccess && list.length === 0 && <p>{s.trackersEmpty}</p>}
      <ul className="tracker-list">
        {list.map((t) => (
          <li key={t.id}>
            <span>
              <strong>{t.name}</strong> <span className="muted">({s.scales[t.scale]})</span>{' '}
              {t.archived && <span className="muted">{s.archived}</span>}
            </span>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t.archived ? s.unarchive(t.name) : s.archive(t.name)}
              onClick={() => {
                save.mutate({ ...t, archived: !t.archived });
              }}
            >
              {t.archived ? s.trackAgain : s.stopTracking}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="tracker-add"
        aria-label={s.addTracker}
        onSubmit={(e) => {
          e.preventDefault();
          const clean = name.trim();
          if (!clean) return;
          save.mutate(
            { name: clean, scale, archived: false },
            {
              onSuccess: (t) => {
                setName('');
                setStatus(s.trackerAdded(t.name));
              },
            },
          );
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{s.trackerName}</label>
          <input
            id={nameId}
            type="text"
            maxLength={40}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
        </div>
        <fieldset className="tracker-add__scale">
          <legend>{s.trackerScale}</legend>
          {(['rating', 'yesno'] as const).map((value) => (
            <label key={value} className="ck-chip">
              <input
                type="radio"
                name={scaleName}
                checked={scale === value}
                onChange={() => {
                  setScale(value);
                }}
              />
              <span>{s.scales[value]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending || !name.trim()}>
          {s.addTracker}
        </button>
      </form>
      <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
      <p className="inline-status" role="status">
        {status}
      </p>
    </section>
  );
}
