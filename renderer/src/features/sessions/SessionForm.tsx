import { useId, useState } from 'react';
import { localDay } from '../../../../shared/dates';
import type { AgendaItem, TherapySession } from '../../../../shared/sessions';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { HomeworkSkillFields } from '../skills/SkillPickers';
import { useSaveSession, useUpdateAgenda } from './queries';
import { sessionStrings as s } from './strings';

interface HomeworkDraft {
  key: number;
  id?: string;
  text: string;
  due: string;
  done: boolean;
  doneOn: string | null;
  /** A skill to practise (empty: none) and how many times. */
  skillId: string;
  times: number;
}

interface Props {
  /** The session being edited, or null for a new one. */
  editing: TherapySession | null;
  openAgenda: AgendaItem[];
  onDone: (message: string) => void;
  onCancel?: () => void;
}

let nextKey = 1;
const draftOf = (session: TherapySession | null): HomeworkDraft[] =>
  (session?.homework ?? []).map((h) => ({
    key: nextKey++,
    id: h.id,
    text: h.text,
    due: h.due ?? '',
    done: h.doneOn !== null,
    doneOn: h.doneOn,
    skillId: h.skill?.skillId ?? '',
    times: h.skill?.times ?? 3,
  }));

/** Records a session: date, optional therapist label, notes, takeaways, homework. */
export function SessionForm({ editing, openAgenda, onDone, onCancel }: Props) {
  const id = useId();
  const today = localDay(new Date());
  const [date, setDate] = useState(editing?.date ?? today);
  const [therapist, setTherapist] = useState(editing?.therapist ?? '');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [takeaways, setTakeaways] = useState(editing?.takeaways ?? '');
  const [homework, setHomework] = useState<HomeworkDraft[]>(() => draftOf(editing));
  const [discussed, setDiscussed] = useState<string[]>([]);
  const save = useSaveSession();
  const updateAgenda = useUpdateAgenda();

  const setItem = (key: number, patch: Partial<HomeworkDraft>) => {
    setHomework((list) => list.map((h) => (h.key === key ? { ...h, ...patch } : h)));
  };

  return (
    <form
      className="form sessions-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          {
            ...(editing ? { id: editing.id } : {}),
            date,
            therapist: therapist.trim(),
            notes,
            takeaways,
            homework: homework
              .filter((h) => h.text.trim() !== '')
              .map((h) => ({
                ...(h.id ? { id: h.id } : {}),
                text: h.text.trim(),
                due: h.due === '' ? null : h.due,
                doneOn: h.done ? (h.doneOn ?? today) : null,
                skill: h.skillId === '' ? null : { skillId: h.skillId, times: h.times },
              })),
          },
          {
            onSuccess: (saved) => {
              for (const agendaId of discussed)
                updateAgenda.mutate({ id: agendaId, discussedIn: saved.id });
              if (!editing) {
                setNotes('');
                setTakeaways('');
                setTherapist('');
                setHomework([]);
              }
              setDiscussed([]);
              onDone(s.sessionSaved);
            },
          },
        );
      }}
    >
      <h3 id={`${id}-h`}>{editing ? s.editHeading : s.recordHeading}</h3>
      <div className="sessions-form__row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{s.date}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={date}
            onChange={(e) => {
              if (e.target.value) setDate(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-therapist`}>{s.therapist}</label>
          <input
            id={`${id}-therapist`}
            type="text"
            maxLength={100}
            aria-describedby={`${id}-therapist-hint`}
            value={therapist}
            onChange={(e) => {
              setTherapist(e.target.value);
            }}
          />
          <p className="muted sessions-hint" id={`${id}-therapist-hint`}>
            {s.therapistHint}
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{s.notes}</label>
        <textarea
          id={`${id}-notes`}
          rows={4}
          maxLength={10_000}
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-takeaways`}>{s.takeaways}</label>
        <textarea
          id={`${id}-takeaways`}
          rows={3}
          maxLength={5000}
          value={takeaways}
          onChange={(e) => {
            setTakeaways(e.target.value);
          }}
        />
      </div>
      <fieldset className="sessions-fieldset">
        <legend>{s.homeworkLegend}</legend>
        {homework.map((h, index) => (
          <div key={h.key} className="sessions-homework-row">
            <div className="field sessions-homework-row__text">
              <label htmlFor={`${id}-hw-${h.key}`}>{s.homeworkText(index + 1)}</label>
              <input
                id={`${id}-hw-${h.key}`}
                type="text"
                maxLength={500}
                value={h.text}
                onChange={(e) => {
                  setItem(h.key, { text: e.target.value });
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-due-${h.key}`}>{s.homeworkDue(index + 1)}</label>
              <input
                id={`${id}-due-${h.key}`}
                type="date"
                value={h.due}
                onChange={(e) => {
                  setItem(h.key, { due: e.target.value });
                }}
              />
            </div>
            <label className="checkbox sessions-homework-row__done">
              <input
                type="checkbox"
                checked={h.done}
                onChange={(e) => {
                  setItem(h.key, { done: e.target.checked });
                }}
              />
              {s.homeworkDone(index + 1)}
            </label>
            <HomeworkSkillFields
              index={index + 1}
              skillId={h.skillId}
              times={h.times}
              onChange={(patch) => {
                setItem(h.key, patch);
              }}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setHomework((list) => list.filter((x) => x.key !== h.key));
              }}
            >
              {s.removeHomework(index + 1)}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => {
            setHomework((list) => [
              ...list,
              {
                key: nextKey++,
                text: '',
                due: '',
                done: false,
                doneOn: null,
                skillId: '',
                times: 3,
              },
            ]);
          }}
        >
          {s.addHomework}
        </button>
      </fieldset>
      {!editing && openAgenda.length > 0 && (
        <fieldset className="sessions-fieldset">
          <legend>{s.discussedLegend}</legend>
          {openAgenda.map((item) => (
            <label key={item.id} className="checkbox">
              <input
                type="checkbox"
                checked={discussed.includes(item.id)}
                onChange={(e) => {
                  setDiscussed((list) =>
                    e.target.checked ? [...list, item.id] : list.filter((x) => x !== item.id),
                  );
                }}
              />
              {item.text}
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {s.saveSession}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {s.cancelEdit}
          </button>
        )}
      </div>
    </form>
  );
}
