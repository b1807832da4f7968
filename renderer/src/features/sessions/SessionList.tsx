import { useState } from 'react';
import type { TherapySession } from '../../../../shared/sessions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { HomeworkSkillProgress } from '../skills/HomeworkSkillProgress';
import { useDeleteSession, useSetHomeworkDone } from './queries';
import { sessionStrings as s } from './strings';

interface Props {
  sessions: TherapySession[];
  onEdit: (session: TherapySession) => void;
  onStatus: (message: string) => void;
}

/** Past sessions, newest first, with their homework to tick off. */
export function SessionList({ sessions, onEdit, onStatus }: Props) {
  const setDone = useSetHomeworkDone();
  const remove = useDeleteSession();
  const [deleting, setDeleting] = useState<TherapySession | null>(null);
  const sorted = [...sessions].sort((a, b) => b.date.localeCompare(a.date));
  if (sorted.length === 0) return <p className="muted">{s.noSessions}</p>;
  return (
    <>
      <ul className="sessions-list">
        {sorted.map((session) => {
          const done = session.homework.filter((h) => h.doneOn !== null).length;
          return (
            <li key={session.id} className="sessions-list__item">
              <h4>{s.sessionTitle(session.date, session.therapist)}</h4>
              {session.takeaways && <p className="sessions-list__text">{session.takeaways}</p>}
              <p className="muted">{s.homeworkCount(done, session.homework.length)}</p>
              {session.homework.length > 0 && (
                <ul className="sessions-homework">
                  {session.homework.map((h) => (
                    <li key={h.id}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={h.doneOn !== null}
                          aria-label={s.markDone(h.text)}
                          onChange={(e) => {
                            setDone.mutate({
                              sessionId: session.id,
                              homeworkId: h.id,
                              done: e.target.checked,
                            });
                          }}
                        />
                        <span>
                          {h.text}
                          {h.due && <span className="muted"> ({s.due(h.due)})</span>}
                        </span>
                      </label>
                      <HomeworkSkillProgress homework={h} sessionDate={session.date} />
                    </li>
                  ))}
                </ul>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={s.editFor(session.date)}
                  onClick={() => {
                    onEdit(session);
                  }}
                >
                  {s.edit}
                </button>
                <button
                  type="button"
                  className="button button--danger-text"
                  aria-label={s.deleteFor(session.date)}
                  onClick={() => {
                    setDeleting(session);
                  }}
                >
                  {s.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={s.delete}
        body={deleting ? s.confirmDelete(deleting.date) : ''}
        confirmLabel={s.delete}
        cancelLabel={s.cancelEdit}
        pending={remove.isPending}
        onCancel={() => {
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              onStatus(s.sessionDeleted);
            },
          });
        }}
      />
    </>
  );
}
