import { useState, type SyntheticEvent } from 'react';
import { GOAL_STATUSES, type Goal, type GoalStatus } from '../../../../shared/goals';
import { messageOf } from '../../api/client';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from './Field';
import { useSetStatus } from './queries';
import { goalStrings as s } from './strings';

/** The goal's status, its dated history, and a change with an optional note. */
export function StatusPanel({ goal }: { goal: Goal }) {
  const dates = useDateFormatter();
  const setStatus = useSetStatus();
  const [status, setChoice] = useState<GoalStatus>(goal.status);
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone('');
    setStatus.mutate(
      { goalId: goal.id, status, note: note.trim() },
      {
        onSuccess: (saved) => {
          setNote('');
          setDone(s.statusSaved(s.statusNames[saved.status]));
        },
      },
    );
  }

  return (
    <section className="goal-card" aria-labelledby="goal-status">
      <h2 id="goal-status">{s.statusHeading}</h2>
      <p>
        <strong>{s.statusNow(s.statusNames[goal.status])}</strong>
      </p>
      <h3>{s.statusHistory}</h3>
      <ol className="status-history">
        {[...goal.statusHistory].reverse().map((h, i) => (
          <li key={`${h.on}-${h.status}-${i}`}>
            {s.statusLine(s.statusNames[h.status], dates.format(h.on))}
            {h.note && <span className="status-history__note"> — {h.note}</span>}
          </li>
        ))}
      </ol>
      <form className="form status-form" onSubmit={submit}>
        <h3>{s.changeStatus}</h3>
        <SelectField
          label={s.newStatus}
          value={status}
          options={GOAL_STATUSES}
          names={s.statusNames}
          onChange={setChoice}
        />
        <TextField label={s.statusNote} hint={s.statusNoteHint} value={note} onChange={setNote} />
        <div className="button-row">
          <button
            type="submit"
            className="button"
            disabled={setStatus.isPending || status === goal.status}
          >
            {s.saveStatus}
          </button>
          <p className="inline-status" role="status">
            {done}
          </p>
        </div>
        <ErrorMessage message={setStatus.isError ? messageOf(setStatus.error) : null} />
      </form>
    </section>
  );
}
