import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  THOUGHT_STEPS,
  completionProblem,
  hotThought,
  thoughtRecordInputSchema,
  type ThoughtRecord,
  type ThoughtRecordInput,
  type ThoughtStep,
} from '../../../../shared/thoughtRecords';
import { call, messageOf } from '../../api/client';
import { ActionStep } from './ActionStep';
import { EmotionsStep } from './EmotionsStep';
import { HotThoughtSummary } from './HotThoughtSummary';
import { rememberRecord } from './queries';
import { RecordSaver } from './recordSaver';
import { RerateStep } from './RerateStep';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';
import { BalancedStep, EvidenceStep, SituationStep } from './TextSteps';
import { ThoughtsStep } from './ThoughtsStep';
import { TrapsStep } from './TrapsStep';

/** Quiet time after the last change before a draft is saved. */
const AUTOSAVE_MS = 600;
const THOUGHTS_STEP = THOUGHT_STEPS.indexOf('thoughts');
const LAST_STEP = THOUGHT_STEPS.length - 1;

type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

function toInput(record: ThoughtRecord): ThoughtRecordInput {
  const { createdAt: _c, updatedAt: _u, ...input } = record;
  return input;
}

function stepBody(step: ThoughtStep, props: StepProps): ReactNode {
  switch (step) {
    case 'situation':
      return <SituationStep {...props} />;
    case 'emotions':
      return <EmotionsStep {...props} />;
    case 'thoughts':
      return <ThoughtsStep {...props} />;
    case 'traps':
      return <TrapsStep {...props} />;
    case 'evidenceFor':
      return <EvidenceStep {...props} side="for" />;
    case 'evidenceAgainst':
      return <EvidenceStep {...props} side="against" />;
    case 'balanced':
      return <BalancedStep {...props} />;
    case 'rerate':
      return <RerateStep {...props} />;
    case 'action':
      return <ActionStep {...props} />;
  }
}

interface Props {
  /** The record to continue; a new one when starting fresh. */
  record: ThoughtRecord | ThoughtRecordInput;
  /** Open at this step instead of where the record left off. */
  startStep?: number;
  onClose: () => void;
  onFinished: (record: ThoughtRecord) => void;
}

/**
 * The guided flow: one column per step with a plain hint, Back/Next, saved as a draft as you
 * go (and on "Save draft"), resumable at the step where it was left.
 */
export function RecordFlow({ record, startStep, onClose, onFinished }: Props) {
  const queryClient = useQueryClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const initial = 'createdAt' in record ? toInput(record) : record;
  const [draft, setDraft] = useState<ThoughtRecordInput>(() => ({
    ...initial,
    step: startStep ?? initial.step,
  }));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [finishProblem, setFinishProblem] = useState<string | null>(null);
  const [saver] = useState(
    () =>
      new RecordSaver(async (input) => {
        const saved = await call('thoughts:save', input);
        rememberRecord(queryClient, saved);
        return saved;
      }, initial.id),
  );
  /** Edits made (a counter) and the edit count last sent, to know what is unsaved. */
  const [revision, setRevision] = useState(0);
  const sentRevision = useRef(0);
  const unsaved = useRef<ThoughtRecordInput | null>(null);

  const step = draft.step;
  const stepName = THOUGHT_STEPS[step] ?? 'situation';
  const hot = hotThought(draft);

  const saveNow = useCallback(
    async (input: ThoughtRecordInput): Promise<ThoughtRecord | null> => {
      const checked = thoughtRecordInputSchema.safeParse(input);
      if (!checked.success) {
        setSaveState({
          kind: 'failed',
          message: checked.error.issues[0]?.message ?? s.notSavedYet,
        });
        return null;
      }
      setSaveState({ kind: 'saving' });
      try {
        const saved = await saver.save(input);
        setSaveState({ kind: 'saved' });
        return saved;
      } catch (error) {
        setSaveState({ kind: 'failed', message: messageOf(error) });
        return null;
      }
    },
    [saver],
  );

  // Autosave a little after the last change; remember what is unsaved for leaving.
  useEffect(() => {
    if (revision === sentRevision.current) {
      unsaved.current = null;
      return;
    }
    unsaved.current = draft;
    const timer = setTimeout(() => {
      // An explicit save (step change, "Save draft", finish) may have covered this already.
      if (sentRevision.current >= revision) return;
      sentRevision.current = revision;
      unsaved.current = null;
      void saveNow(draft);
    }, AUTOSAVE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, revision, saveNow]);

  // Leaving the flow sends what is still unsaved.
  useEffect(
    () => () => {
      const last = unsaved.current;
      if (last && thoughtRecordInputSchema.safeParse(last).success)
        void saver.save(last).then((saved) => {
          if (saved) rememberRecord(queryClient, saved);
        });
    },
    [saver, queryClient],
  );

  const focusedStep = useRef<number | null>(null);
  useEffect(() => {
    if (focusedStep.current === step) return;
    focusedStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const update = useCallback((patch: Partial<ThoughtRecordInput>) => {
    setFinishProblem(null);
    setDraft((d) => ({ ...d, ...patch }));
    setRevision((r) => r + 1);
  }, []);

  /** Moving between steps saves at once (and records where to resume). */
  const goToStep = (next: number) => {
    const moved = { ...draft, step: Math.min(LAST_STEP, Math.max(0, next)) };
    setDraft(moved);
    setRevision(revision + 1);
    sentRevision.current = revision + 1;
    unsaved.current = null;
    void saveNow(moved);
  };

  const saveDraft = () => {
    sentRevision.current = revision;
    unsaved.current = null;
    void saveNow(draft);
  };

  const finish = async () => {
    const problem = completionProblem(draft);
    if (problem) {
      setFinishProblem(problem);
      return;
    }
    // Nothing older may be sent after this (leaving the flow sends what is unsaved).
    sentRevision.current = revision;
    unsaved.current = null;
    const saved = await saveNow({ ...draft, status: 'complete' });
    if (saved) onFinished(saved);
  };

  const statusText =
    saveState.kind === 'saving'
      ? s.saving
      : saveState.kind === 'saved'
        ? draft.status === 'complete'
          ? s.savedChanges
          : s.saved
        : saveState.kind === 'failed'
          ? s.saveFailed(saveState.message)
          : '';

  return (
    <section className="thought-flow" aria-labelledby={headingId}>
      <nav aria-label={s.stepsLabel} className="stepper">
        <ol>
          {THOUGHT_STEPS.map((name, index) => (
            <li key={name}>
              <button
                type="button"
                className="stepper__step"
                aria-current={index === step ? 'step' : undefined}
                onClick={() => {
                  goToStep(index);
                }}
              >
                <span className="stepper__number" aria-hidden="true">
                  {index + 1}
                </span>
                {s.steps[name].title}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {step > THOUGHTS_STEP && (
        <HotThoughtSummary
          hot={hot}
          onGoToThoughts={() => {
            goToStep(THOUGHTS_STEP);
          }}
        />
      )}

      <div className="step">
        <p className="step__count">{s.stepOf(step + 1, THOUGHT_STEPS.length)}</p>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="step__title">
          {s.steps[stepName].title}
        </h2>
        <p className="step__hint">{s.steps[stepName].hint}</p>
        <div className="step__body">{stepBody(stepName, { draft, update })}</div>
      </div>

      {finishProblem && (
        <div className="form-error finish-problem" role="alert">
          <p>{finishProblem}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              goToStep(THOUGHTS_STEP);
            }}
          >
            {s.goToThoughts}
          </button>
        </div>
      )}

      <div className="flow-actions">
        <div className="flow-actions__left">
          <button
            type="button"
            className="button"
            disabled={step === 0}
            onClick={() => {
              goToStep(step - 1);
            }}
          >
            <span aria-hidden="true">← </span>
            {s.back}
          </button>
          <button type="button" className="button button--quiet" onClick={saveDraft}>
            {draft.status === 'complete' ? s.saveChanges : s.saveDraft}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {s.close}
          </button>
        </div>
        <p className="flow-actions__status" role="status">
          {statusText}
        </p>
        {step < LAST_STEP ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              goToStep(step + 1);
            }}
          >
            {s.next}
            <span aria-hidden="true"> →</span>
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void finish()}>
            {s.finish}
          </button>
        )}
      </div>
    </section>
  );
}
