import './sessions.css';
import { useState } from 'react';
import { localDay } from '../../../../shared/dates';
import { openHomework } from '../../../../shared/sessions';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { AgendaQuickAdd } from './AgendaPanel';
import { HomeworkSkillProgress } from '../skills/HomeworkSkillProgress';
import { useAgenda, useSessions } from './queries';
import { sessionStrings as s } from './strings';

const SHOWN = 3;

/** Home: the next session (if one is recorded ahead) and the number of agenda topics. */
export function HomeSessionCard() {
  const navigation = useNavigation();
  const sessions = useSessions();
  const agenda = useAgenda();
  const [status, setStatus] = useState('');
  const today = localDay(new Date());
  const next = (sessions.data ?? [])
    .filter((x) => x.date > today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const open = (agenda.data ?? []).filter((i) => i.discussedIn === null).length;
  return (
    <li className="glance-card home-session">
      <h3>{s.homeSessionTitle}</h3>
      {(sessions.isError || agenda.isError) && <p className="muted">{s.loadFailed}</p>}
      {sessions.isSuccess && <p>{next ? s.homeNext(next.date) : s.homeNoNext}</p>}
      {agenda.isSuccess && <p className="muted home-session__agenda">{s.homeAgenda(open)}</p>}
      <AgendaQuickAdd onAdded={setStatus} />
      <p className="inline-status" role="status">
        {status}
      </p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('sessions');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
    </li>
  );
}

/** Home: open homework, soonest due first. */
export function HomeHomeworkCard() {
  const navigation = useNavigation();
  const sessions = useSessions();
  const open = openHomework(sessions.data ?? []);
  return (
    <li className="glance-card home-homework">
      <h3>{s.homeHomeworkTitle}</h3>
      {sessions.isError && <p className="muted">{s.loadFailed}</p>}
      {sessions.isSuccess && open.length === 0 && <p className="muted">{s.homeNoHomework}</p>}
      {open.length > 0 && (
        <ul className="home-homework__list">
          {open.slice(0, SHOWN).map((h) => (
            <li key={h.id}>
              {h.text}
              {h.due && <span className="muted"> ({s.due(h.due)})</span>}
              <HomeworkSkillProgress
                homework={h}
                sessionDate={sessions.data?.find((x) => x.id === h.sessionId)?.date ?? ''}
              />
            </li>
          ))}
        </ul>
      )}
      {open.length > SHOWN && <p className="muted">{s.homeHomeworkMore(open.length - SHOWN)}</p>}
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('sessions');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
    </li>
  );
}
