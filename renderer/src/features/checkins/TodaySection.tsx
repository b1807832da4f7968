import { useState } from 'react';
import { MOOD_LABELS } from '../../../../shared/checkin';
import { todayLocal } from '../../app/dates/today';
import { emptyDraft } from './checkinDraft';
import { CheckinForm } from './CheckinForm';
import { useCheckins } from './queries';
import { checkinStrings as s } from './strings';

/** Today's check-in: the form, or "done today" with edit and "add another". */
export function TodaySection({ onEdit }: { onEdit: (id: string) => void }) {
  const checkins = useCheckins();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const today = todayLocal();
  const todays = (checkins.data ?? []).filter((c) => c.date === today);
  const latest = todays[0];

  return (
    <div className="checkins-card">
      {latest && !adding ? (
        <>
          <h2 id="checkins-today">{s.todayHeading}</h2>
          <p className="checkins-done">
            <span className="mood-badge" data-mood={latest.mood} aria-hidden="true">
              {latest.mood}
            </span>
            <span>
              {s.doneToday(latest.mood, MOOD_LABELS[latest.mood] ?? '')}{' '}
              {s.doneTodayMore(todays.length)}
            </span>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                onEdit(latest.id);
              }}
            >
              {s.editToday}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setStatus('');
                setAdding(true);
              }}
            >
              {s.addAnother}
            </button>
          </div>
        </>
      ) : checkins.isSuccess ? (
        <CheckinForm
          key={todays.length}
          heading={latest ? s.addAnother : s.todayHeading}
          initial={emptyDraft(today)}
          onSaved={() => {
            setAdding(false);
            setStatus(s.saved);
          }}
          {...(latest
            ? {
                onCancel: () => {
                  setAdding(false);
                },
              }
            : {})}
        />
      ) : (
        <h2 id="checkins-today">{s.todayHeading}</h2>
      )}
      <p className="inline-status" role="status">
        {status}
      </p>
    </div>
  );
}
