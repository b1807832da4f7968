import { useState } from 'react';
import { MOOD_LABELS, type MoodCheckin, type Tracker } from '../../../../shared/checkin';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ConfirmDelete } from './ConfirmDelete';
import { useCheckins, useDeleteCheckin, useTrackers } from './queries';
import { checkinStrings as s, num } from './strings';

const PAGE = 20;

function details(c: MoodCheckin, trackers: readonly Tracker[]): string[] {
  const parts: string[] = [];
  if (c.sleepHours !== null) parts.push(s.sleepShort(c.sleepHours));
  if (c.energy !== null) parts.push(s.energyShort(c.energy));
  if (c.anxiety !== null) parts.push(s.anxietyShort(c.anxiety));
  for (const t of trackers) {
    const v = c.trackers[t.id];
    if (v === undefined) continue;
    parts.push(
      t.scale === 'yesno' ? `${t.name}: ${v > 0 ? s.yes : s.no}` : `${t.name} ${num(v)}/10`,
    );
  }
  return parts;
}

/** Every check-in, newest first, each with Edit and Delete. */
export function CheckinList({ onEdit }: { onEdit: (id: string) => void }) {
  const dates = useDateFormatter();
  const checkins = useCheckins();
  const trackers = useTrackers();
  const remove = useDeleteCheckin();
  const [shown, setShown] = useState(PAGE);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const list = checkins.data ?? [];

  return (
    <section className="checkins-card" aria-labelledby="checkins-list">
      <h2 id="checkins-list">{s.listHeading}</h2>
      {checkins.isError && <p className="form-error">{s.loadFailed}</p>}
      {checkins.isSuccess && list.length === 0 && <p className="muted">{s.listEmpty}</p>}
      <ul className="checkin-list">
        {list.slice(0, shown).map((c) => {
          const date = dates.format(c.date);
          const extra = details(c, trackers.data ?? []);
          return (
            <li key={c.id} className="checkin-item">
              <span className="mood-badge" data-mood={c.mood} aria-hidden="true">
                {c.mood}
              </span>
              <div className="checkin-item__body">
                <p className="checkin-item__title">
                  <strong>{date}</strong> — {s.moodOption(c.mood, MOOD_LABELS[c.mood] ?? '')}
                  {c.entryId !== null && <span className="ck-tag">{s.fromEntry}</span>}
                </p>
                {c.emotions.length > 0 && (
                  <p className="checkin-item__line">{c.emotions.join(', ')}</p>
                )}
                {extra.length > 0 && (
                  <p className="checkin-item__line muted">{extra.join(' · ')}</p>
                )}
                {c.note && <p className="checkin-item__note">{c.note}</p>}
              </div>
              <div className="checkin-item__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={s.editLabel(date)}
                  onClick={() => {
                    onEdit(c.id);
                  }}
                >
                  {s.edit}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--danger-text"
                  aria-label={s.deleteLabel(date)}
                  onClick={() => {
                    setDeleting(c.id);
                  }}
                >
                  {s.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {list.length > shown && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setShown((n) => n + PAGE);
          }}
        >
          {s.showMore}
        </button>
      )}
      <p className="inline-status" role="status">
        {status}
      </p>
      <ConfirmDelete
        open={deleting !== null}
        title={s.deleteTitle}
        body={s.deleteBody}
        onClose={() => {
          setDeleting(null);
        }}
        onConfirm={() => {
          if (deleting)
            remove.mutate(deleting, {
              onSuccess: () => {
                setStatus(s.deleted);
              },
            });
          setDeleting(null);
        }}
      />
    </section>
  );
}
