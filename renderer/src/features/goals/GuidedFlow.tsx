import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { emptyGoalInput, type Goal } from '../../../../shared/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FlowStepper } from './FlowStepper';
import { FLOW_STEPS, LAST_STEP, STEP_FIELDS, clampStep } from './flowSteps';
import { GoalSummary } from './GoalSummary';
import { draftFromInput } from './goalDraft';
import { inputOf } from './goalInput';
import { AchievableFields, RelevantFields, SpecificFields, TimeFields } from './LetterFields';
import { MeasureFields } from './MeasureFields';
import { MilestonesEditor } from './MilestonesEditor';
import { useSaveGoal } from './queries';
import { SmartCheckPanel } from './SmartCheckPanel';
import { goalStrings as s } from './strings';
import { useDraftEditor, useFocusFirstInvalid } from './useDraftEditor';

interface Props {
  /** A goal to resume at its saved step; none for a new goal. */
  goal: Goal | undefined;
  onFinished: (goal: Goal) => void;
  onLater: (goalId: string | undefined) => void;
}

/**
 * One SMART letter per step with a plain hint, the live check beside it. Each Next saves
 * the goal with the step reached, so leaving half-way resumes there. Skipping is always
 * allowed; only a name is needed before anything can be kept.
 */
export function GuidedFlow({ goal, onFinished, onLater }: Props) {
  const editor = useDraftEditor(() => draftFromInput(goal ? inputOf(goal) : emptyGoalInput()));
  const { draft, read, errors, onChange } = editor;
  const [step, setStep] = useState(() => clampStep(goal?.guidedStep ?? 0));
  const [savedNote, setSavedNote] = useState('');
  const save = useSaveGoal();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const fields = STEP_FIELDS[step] ?? [];
  const saveable = read.input.title !== '' && Object.keys(read.errors).length === 0;

  async function persist(guidedStep: number | null): Promise<Goal | null> {
    try {
      const saved = await save.mutateAsync({ ...read.input, guidedStep });
      if (draft.id === undefined) editor.setDraft((d) => ({ ...d, id: saved.id }));
      setSavedNote(s.savedStep);
      return saved;
    } catch (error) {
      setSavedNote('');
      if (editor.showSaveError(error, fields)) focusFirstInvalid();
      return null;
    }
  }

  async function next() {
    setSavedNote('');
    if (!editor.check(fields)) {
      focusFirstInvalid();
      return;
    }
    if (step === LAST_STEP) {
      // Any problem left on an earlier step: go back there and show it.
      const broken = STEP_FIELDS.findIndex((list) => list.some((f) => read.errors[f]));
      if (broken >= 0) {
        setStep(broken);
        editor.check(STEP_FIELDS[broken] ?? []);
        return;
      }
      const saved = await persist(null);
      if (saved) onFinished(saved);
      return;
    }
    if (await persist(step + 1)) setStep(step + 1);
  }

  function skip() {
    setSavedNote('');
    editor.setFormError(null);
    if (saveable) void persist(step + 1);
    setStep(step + 1);
  }

  async function later() {
    if (saveable) {
      const saved = await persist(step);
      if (saved) onLater(saved.id);
      return;
    }
    onLater(draft.id);
  }

  const info = s.steps[step] ?? s.steps[0];
  const props = { draft, errors, onChange };

  return (
    <div className="page goal-flow">
      <div className="page__header">
        <h1>{goal ? s.flowTitleEdit(goal.title) : s.flowTitleNew}</h1>
        <button type="button" className="button button--quiet" onClick={() => void later()}>
          {s.finishLater}
        </button>
      </div>
      <FlowStepper step={step} />
      <div className="goal-layout">
        <form
          ref={formRef}
          className="form goal-form goal-card"
          noValidate
          onSubmit={(event: SyntheticEvent) => {
            event.preventDefault();
            void next();
          }}
        >
          <p className="flow-step-count muted">{s.stepOf(step + 1, FLOW_STEPS)}</p>
          <h2 ref={stepHeading} tabIndex={-1} className="flow-step-heading">
            {info.heading}
          </h2>
          <p className="flow-hint">{info.hint}</p>
          {step === 0 && <SpecificFields {...props} />}
          {step === 1 && <MeasureFields {...props} />}
          {step === 2 && <AchievableFields {...props} />}
          {step === 3 && <RelevantFields {...props} />}
          {step === 4 && (
            <>
              <TimeFields {...props} />
              <MilestonesEditor {...props} />
            </>
          )}
          {step === LAST_STEP && <GoalSummary goal={read.input} />}
          <ErrorMessage message={editor.formError} />
          <div className="button-row flow-actions">
            {step > 0 && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setSavedNote('');
                  editor.setFormError(null);
                  setStep(step - 1);
                }}
              >
                {s.back}
              </button>
            )}
            {step < LAST_STEP && (
              <button
                type="button"
                className="button button--quiet"
                disabled={save.isPending}
                onClick={skip}
              >
                {s.skip}
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? s.saving : step === LAST_STEP ? s.finish : s.next}
            </button>
            <p className="inline-status" role="status">
              {savedNote}
            </p>
          </div>
        </form>
        <SmartCheckPanel result={editor.smart} live />
      </div>
    </div>
  );
}
