import { useId, useState, type ReactNode } from 'react';
import {
  USED,
  ifThenSentence,
  type ObstaclePlan,
  type Used,
} from '../../../../shared/obstaclePlans';
import { todayLocal } from '../../app/dates/today';
import { Dialog } from '../../components/Dialog';
import { LogDateField, LogFormEnd } from './LogFormEnd';
import { useLogOccurrence } from './queries';
import { RadioChoices } from './RadioChoices';
import { planStrings as s } from './strings';

export interface LogTarget {
  obstacle: ObstaclePlan;
  /** null: it came up, but not with one plan in mind. */
  planId: string | null;
  /** Logged from this journal entry (the log item keeps the link). */
  entryId?: string;
  /** Let the person pick which plan (or none) in the dialog, e.g. from an entry. */
  choosePlan?: boolean;
}

/** "It came up": the date, whether the plan was used, how it went (1–5) and a note. */
export function LogDialog({
  target,
  onClose,
  onLogged,
}: {
  target: LogTarget | null;
  onClose: () => void;
  onLogged: () => void;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={s.logTitle}
      className="plans-log-dialog"
    >
      {target && <LogForm target={target} onClose={onClose} onLogged={onLogged} />}
    </Dialog>
  );
}

/**
 * The dialog with its own target: `open(target)` shows it for one obstacle (and plan); put
 * `dialog` in the tree. `onLogged` runs after a save, e.g. to say so in a status line.
 */
export function useLogDialog(onLogged: () => void): {
  open: (target: LogTarget) => void;
  dialog: ReactNode;
} {
  const [target, setTarget] = useState<LogTarget | null>(null);
  return {
    open: setTarget,
    dialog: (
      <LogDialog
        target={target}
        onClose={() => {
          setTarget(null);
        }}
        onLogged={onLogged}
      />
    ),
  };
}

const OUTCOMES = [1, 2, 3, 4, 5] as const;

function LogForm({
  target,
  onClose,
  onLogged,
}: {
  target: LogTarget;
  onClose: () => void;
  onLogged: () => void;
}) {
  const log = useLogOccurrence();
  const ids = useId();
  const [date, setDate] = useState(todayLocal());
  const [used, setUsed] = useState<Used | null>(null);
  const [outcome, setOutcome] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [planId, setPlanId] = useState(target.planId);
  const livePlans = target.obstacle.plans.filter((p) => !p.archived);
  const plan = target.obstacle.plans.find((p) => p.id === planId);

  return (
    <form
      className="form log-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (used === null) {
          setProblem(s.chooseUsed);
          return;
        }
        if (outcome === null) {
          setProblem(s.chooseOutcome);
          return;
        }
        setProblem(null);
        log.mutate(
          {
            obstacleId: target.obstacle.id,
            planId,
            date,
            used,
            outcome,
            note,
            entryId: target.entryId ?? null,
          },
          {
            onSuccess: () => {
              onLogged();
              onClose();
            },
          },
        );
      }}
    >
      <p className="muted log-form__intro">{s.logIntro}</p>
      {target.choosePlan ? (
        <>
          <p className="log-form__about">{s.logForObstacle(target.obstacle.obstacle)}</p>
          <div className="field">
            <label htmlFor={`${ids}-plan`}>{s.whichPlan}</label>
            <select
              id={`${ids}-plan`}
              value={planId ?? ''}
              onChange={(event) => {
                setPlanId(event.target.value === '' ? null : event.target.value);
              }}
            >
              <option value="">{s.logNoPlan}</option>
              {livePlans.map((p) => (
                <option key={p.id} value={p.id}>
                  {ifThenSentence(p.cue, p.response)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <p className="log-form__about">
          {plan
            ? s.logFor(ifThenSentence(plan.cue, plan.response))
            : s.logForObstacle(target.obstacle.obstacle)}
        </p>
      )}
      <LogDateField id={`${ids}-date`} label={s.dateLabel} value={date} onChange={setDate} />
      <RadioChoices
        legend={plan ? s.usedLegend : s.usedLegendNoPlan}
        name={`${ids}-used`}
        choices={USED.map((u) => ({
          value: u,
          label: (
            <>
              <span aria-hidden="true">{s.usedSymbol[u]} </span>
              {s.usedChoices[u]}
            </>
          ),
        }))}
        value={used}
        onChange={setUsed}
      />
      <RadioChoices
        legend={s.outcomeLegend}
        name={`${ids}-outcome`}
        choices={OUTCOMES.map((n, i) => ({ value: n, label: s.outcomeChoices[i] }))}
        value={outcome}
        onChange={setOutcome}
      />
      <LogFormEnd
        noteId={`${ids}-note`}
        noteRows={3}
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
