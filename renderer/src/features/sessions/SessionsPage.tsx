import './sessions.css';
import { useState } from 'react';
import type { TherapySession } from '../../../../shared/sessions';
import { AgendaPanel } from './AgendaPanel';
import { useAgenda, useSessions } from './queries';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { sessionStrings as s } from './strings';
import { SummaryBuilder } from './SummaryBuilder';

/** Sessions & summary: record sessions, keep the agenda, prepare the pre-session summary. */
export function SessionsPage() {
  const sessions = useSessions();
  const agenda = useAgenda();
  const [editing, setEditing] = useState<TherapySession | null>(null);
  const [status, setStatus] = useState('');
  const list = sessions.data ?? [];
  const items = agenda.data ?? [];

  return (
    <div className="page sessions">
      <div className="page__header">
        <h1>{s.title}</h1>
        <p className="muted">{s.intro}</p>
      </div>
      <p className="inline-status" role="status">
        {status}
      </p>
      {(sessions.isError || agenda.isError) && <p className="muted">{s.loadFailed}</p>}
      <div className="sessions__columns">
        <section className="sessions-card" aria-labelledby="sessions-h">
          <h2 id="sessions-h">{s.sessionsHeading}</h2>
          <SessionForm
            key={editing?.id ?? 'new'}
            editing={editing}
            openAgenda={items.filter((i) => i.discussedIn === null)}
            onDone={(message) => {
              setEditing(null);
              setStatus(message);
            }}
            {...(editing
              ? {
                  onCancel: () => {
                    setEditing(null);
                  },
                }
              : {})}
          />
          <h3>{s.pastHeading}</h3>
          <SessionList sessions={list} onEdit={setEditing} onStatus={setStatus} />
        </section>
        <AgendaPanel agenda={items} sessions={list} onStatus={setStatus} />
      </div>
      <SummaryBuilder />
    </div>
  );
}
