import '../plans/plans.css';
import './skills.css';
import { useId, useState, type ReactNode } from 'react';
import { SITUATION_TAGS, type SituationTag, type Skill } from '../../../../shared/skills';
import { todayLocal } from '../../app/dates/today';
import { Dialog } from '../../components/Dialog';
import { LogDateField, LogFormEnd } from '../plans/LogFormEnd';
import { RadioChoices } from '../plans/RadioChoices';
import { useLogPractice, useSkills } from './queries';
import { skillStrings as s } from './strings';

export interface PracticeTarget {
  /** The skill, when logging from its page or a homework item; otherwise the user picks. */
  skillId?: string | undefined;
  /** Set when logging from a journal entry: the practice links to it. */
  entryId?: string | undefined;
}

/**
 * Everything a place needs to offer "Log a practice": `open` with a target, the dialog to
 * render, and the status line to show once a practice is logged.
 */
export function usePracticeDialog(): {
  open: (target: PracticeTarget) => void;
  dialog: ReactNode;
  status: string;
} {
  const [target, setTarget] = useState<PracticeTarget | null>(null);
  const [status, setStatus] = useState('');
  return {
    open: setTarget,
    status,
    dialog: (
      <PracticeDialog
        target={target}
        onClose={() => {
          setTarget(null);
        }}
        onLogged={(name) => {
          setStatus(s.logged(name));
        }}
      />
    ),
  };
}

const INTENSITY = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const HELPFUL = [1, 2, 3, 4, 5] as const;

/**
 * The quick practice log, openable from Home, a skill's page, an entry and a homework item.
 * Every rating is a choice from its range (a select or radio buttons), so out-of-range
 * values cannot be entered; the schema in main rejects them anyway.
 */
export function PracticeDialog({
  target,
  onClose,
  onLogged,
}: {
  target: PracticeTarget | null;
  onClose: () => void;
  onLogged: (skillName: string) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={s.practiceTitle}
      className="skills-dialog"
    >
      {target && <PracticeForm target={target} onClose={onClose} onLogged={onLogged} />}
    </Dialog>
  );
}

function PracticeForm({
  target,
  onClose,
  onLogged,
}: {
  target: PracticeTarget;
  onClose: () => void;
  onLogged: (skillName: string) => void;
}) {
  const ids = useId();
  const skills = useSkills();
  const log = useLogPractice();
  const [skillId, setSkillId] = useState(target.skillId ?? '');
  const [date, setDate] = useState(todayLocal());
  const [situationTag, setSituationTag] = useState<SituationTag | ''>('');
  const [situation, setSituation] = useState('');
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [helpful, setHelpful] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const all = skills.data ?? [];
  const choosable: Skill[] = all.filter((k) => !k.hidden || k.id === target.skillId);
  const fixed = target.skillId === undefined ? undefined : all.find((k) => k.id === target.skillId);

  return (
    <form
      className="form skills-practice-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (skillId === '') {
          setProblem(s.chooseSkillFirst);
          return;
        }
        if (helpful === null) {
          setProblem(s.chooseHelpful);
          return;
        }
        setProblem(null);
        const name = all.find((k) => k.id === skillId)?.name ?? '';
        log.mutate(
          {
            skillId,
            date,
            situation: situation.trim(),
            situationTag: situationTag === '' ? null : situationTag,
            before: before === '' ? null : Number(before),
            after: after === '' ? null : Number(after),
            helpful,
            note: note.trim(),
            ...(target.entryId ? { entryId: target.entryId } : {}),
          },
          {
            onSuccess: () => {
              onLogged(name);
              onClose();
            },
          },
        );
      }}
    >
      <p className="muted">
        {s.practiceIntro}
        {target.entryId ? ` ${s.fromEntry}` : ''}
      </p>
      {fixed ? (
        <p className="skills-practice-form__about">{fixed.name}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${ids}-skill`}>{s.skillLabel}</label>
          <select
            id={`${ids}-skill`}
            value={skillId}
            onChange={(e) => {
              setSkillId(e.target.value);
            }}
          >
            <option value="">{s.chooseSkill}</option>
            {choosable.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="skills-practice-form__row">
        <LogDateField id={`${ids}-date`} label={s.dateLabel} value={date} onChange={setDate} />
        <div className="field">
          <label htmlFor={`${ids}-tag`}>{s.situationTagLabel}</label>
          <select
            id={`${ids}-tag`}
            value={situationTag}
            onChange={(e) => {
              setSituationTag(e.target.value as SituationTag | '');
            }}
          >
            <option value="">{s.noSituationTag}</option>
            {SITUATION_TAGS.map((t) => (
              <option key={t} value={t}>
                {s.situations[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-situation`}>{s.situationLabel}</label>
        <input
          id={`${ids}-situation`}
          type="text"
          maxLength={500}
          value={situation}
          onChange={(e) => {
            setSituation(e.target.value);
          }}
        />
      </div>
      <div className="skills-practice-form__row">
        {(
          [
            ['before', s.beforeLabel, before, setBefore],
            ['after', s.afterLabel, after, setAfter],
          ] as const
        ).map(([key, label, value, set]) => (
          <div className="field" key={key}>
            <label htmlFor={`${ids}-${key}`}>{label}</label>
            <select
              id={`${ids}-${key}`}
              value={value}
              onChange={(e) => {
                set(e.target.value);
              }}
            >
              <option value="">{s.notRated}</option>
              {INTENSITY.map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <RadioChoices
        legend={s.helpfulLegend}
        name={`${ids}-helpful`}
        choices={HELPFUL.map((n, i) => ({ value: n, label: s.helpfulChoices[i] }))}
        value={helpful}
        onChange={setHelpful}
      />
      <LogFormEnd
        noteId={`${ids}-note`}
        noteRows={2}
        note={note}
        onNoteChange={setNote}
        problem={problem}
        save={log}
        onCancel={onClose}
        strings={s}
      />
    </form>
  );
}
