import { useId, useState } from 'react';
import { lastSession, type AgendaItem, type TherapySession } from '../../../../shared/sessions';
import { localDay } from '../../../../shared/dates';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAddAgenda, useDeleteAgenda, useUpdateAgenda } from './queries';
import { sessionStrings as s } from './strings';

/** The quick "add a topic" form, used here and on Home. */
export function AgendaQuickAdd({ onAdded }: { onAdded: (message: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const add = useAddAgenda();
  return (
    <form
      className="sessions-quick-add"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        add.mutate(text.trim(), {
          onSuccess: () => {
            setText('');
            onAdded(s.agendaAdded);
          },
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{s.agendaAdd}</label>
        <div className="sessions-quick-add__row">
          <input
            id={`${id}-text`}
            type="text"
            maxLength={1000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
          <button type="submit" className="button" disabled={add.isPending}>
            {s.agendaAddButton}
          </button>
        </div>
      </div>
      <ErrorMessage message={add.isError ? messageOf(add.error) : null} />
    </form>
  );
}

function AgendaRow({ item, sessions }: { item: AgendaItem; sessions: TherapySession[] }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const update = useUpdateAgenda();
  const remove = useDeleteAgenda();
  const last = lastSession(sessions, localDay(new Date())) ?? sessions[0] ?? null;
  const discussedAt = sessions.find((x) => x.id === item.discussedIn);

  if (editing)
    return (
      <li className="sessions-agenda__item">
        <form
          className="sessions-quick-add__row"
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(
              { id: item.id, text: text.trim() },
              {
                onSuccess: () => {
                  setEditing(false);
                },
              },
            );
          }}
        >
          <label htmlFor={`${id}-edit`} className="visually-hidden">
            {s.agendaEditLabel}
          </label>
          <input
            id={`${id}-edit`}
            type="text"
            maxLength={1000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
          <button type="submit" className="button">
            {s.agendaSave}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setText(item.text);
              setEditing(false);
            }}
          >
            {s.cancelEdit}
          </button>
        </form>
        <ErrorMessage message={update.isError ? messageOf(update.error) : null} />
      </li>
    );

  return (
    <li className="sessions-agenda__item">
      <label className="checkbox sessions-agenda__check">
        <input
          type="checkbox"
          checked={item.discussedIn !== null}
          disabled={last === null && item.discussedIn === null}
          aria-label={s.discussed(item.text)}
          onChange={(e) => {
            update.mutate({
              id: item.id,
              discussedIn: e.target.checked ? (last?.id ?? null) : null,
            });
          }}
        />
        <span className={item.discussedIn ? 'sessions-agenda__done' : undefined}>{item.text}</span>
      </label>
      {discussedAt && <p className="muted sessions-hint">{s.discussedAt(discussedAt.date)}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button--quiet"
          aria-label={s.agendaEdit(item.text)}
          onClick={() => {
            setEditing(true);
          }}
        >
          {s.edit}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={s.agendaRemove(item.text)}
          onClick={() => {
            remove.mutate(item.id);
          }}
        >
          {s.delete}
        </button>
      </div>
    </li>
  );
}

/** The running agenda: open topics first, then those already talked about. */
export function AgendaPanel({
  agenda,
  sessions,
  onStatus,
}: {
  agenda: AgendaItem[];
  sessions: TherapySession[];
  onStatus: (message: string) => void;
}) {
  const sorted = [...agenda].sort(
    (a, b) => Number(a.discussedIn !== null) - Number(b.discussedIn !== null) || a.seq - b.seq,
  );
  return (
    <section className="sessions-card" aria-labelledby="sessions-agenda-h">
      <h2 id="sessions-agenda-h">{s.agendaHeading}</h2>
      <p className="muted">{s.agendaIntro}</p>
      <AgendaQuickAdd onAdded={onStatus} />
      {sorted.length === 0 ? (
        <p className="muted">{s.agendaEmpty}</p>
      ) : (
        <ul className="sessions-agenda">
          {sorted.map((item) => (
            <AgendaRow key={item.id} item={item} sessions={sessions} />
          ))}
        </ul>
      )}
      {sessions.length === 0 && agenda.length > 0 && <p className="muted">{s.needSession}</p>}
    </section>
  );
}
