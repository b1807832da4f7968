import { useId, useState } from 'react';
import { OBSTACLE_KINDS, type ObstaclePlan } from '../../../../shared/obstaclePlans';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PlanFields } from './PlanFields';
import type { GoalRef } from './planView';
import { useSavePlan } from './queries';
import { planStrings as s } from './strings';
import {
  draftFromObstacle,
  draftToInput,
  emptyPlanDraft,
  emptyWoopDraft,
  type WoopDraft,
} from './woopDraft';

/**
 * WOOP, in order on one page: Wish (from the goal when one is chosen), Outcome, Obstacle and
 * one or more if-then plans. Creates a new obstacle or edits one.
 */
export function WoopForm({
  obstacle,
  goals,
  initialGoalId,
  nextOrder,
  onDone,
}: {
  obstacle: ObstaclePlan | undefined;
  goals: GoalRef[];
  initialGoalId: string | null;
  nextOrder: number;
  onDone: (saved: ObstaclePlan | null) => void;
}) {
  const ids = useId();
  const save = useSavePlan();
  const [draft, setDraft] = useState<WoopDraft>(() =>
    obstacle
      ? draftFromObstacle(obstacle)
      : emptyWoopDraft(initialGoalId, goals.find((g) => g.id === initialGoalId)?.title ?? ''),
  );
  const [obstacleMissing, setObstacleMissing] = useState(false);
  const [halfMissing, setHalfMissing] = useState(false);
  const update = (patch: Partial<WoopDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  // Goals to pick from: the active ones, plus the current one whatever its status.
  const choices = goals.filter((g) => g.status === 'active' || g.id === draft.goalId);

  return (
    <div className="page plans-woop">
      <div className="page__header">
        <h1>{obstacle ? s.editHeading : s.newHeading}</h1>
      </div>
      <p className="muted plans__intro">{s.woopIntro}</p>
      <form
        className="form woop-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const missingObstacle = draft.obstacle.trim() === '';
          const missingHalf = draft.plans.some(
            (p) => (p.cue.trim() === '') !== (p.response.trim() === ''),
          );
          setObstacleMissing(missingObstacle);
          setHalfMissing(missingHalf);
          if (missingObstacle || missingHalf) return;
          save.mutate(draftToInput(draft, obstacle, nextOrder), {
            onSuccess: (saved) => {
              onDone(saved);
            },
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${ids}-goal`}>{s.goalLabel}</label>
          <select
            id={`${ids}-goal`}
            value={draft.goalId ?? ''}
            onChange={(event) => {
              const goalId = event.target.value === '' ? null : event.target.value;
              const before = goals.find((g) => g.id === draft.goalId)?.title ?? '';
              const after = goals.find((g) => g.id === goalId)?.title ?? '';
              // Prefill the wish from the goal unless the person has written their own.
              const ownWish = draft.wish.trim() !== '' && draft.wish !== before;
              update({ goalId, ...(ownWish ? {} : { wish: after }) });
            }}
          >
            <option value="">{s.noGoal}</option>
            {choices.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="woop-step">
          <legend>
            <span className="woop-step__letter" aria-hidden="true">
              W
            </span>
            {s.wishHeading}
          </legend>
          <div className="field">
            <label htmlFor={`${ids}-wish`}>{s.wishLabel2}</label>
            <input
              id={`${ids}-wish`}
              type="text"
              maxLength={500}
              aria-describedby={`${ids}-wish-hint`}
              value={draft.wish}
              onChange={(event) => {
                update({ wish: event.target.value });
              }}
            />
            <p id={`${ids}-wish-hint`} className="woop-hint">
              {s.wishHint}
            </p>
          </div>
        </fieldset>

        <fieldset className="woop-step">
          <legend>
            <span className="woop-step__letter" aria-hidden="true">
              O
            </span>
            {s.outcomeHeading}
          </legend>
          <div className="field">
            <label htmlFor={`${ids}-outcome`}>{s.outcomeLabel2}</label>
            <textarea
              id={`${ids}-outcome`}
              className="plans-textarea"
              rows={3}
              maxLength={2000}
              aria-describedby={`${ids}-outcome-hint`}
              value={draft.outcome}
              onChange={(event) => {
                update({ outcome: event.target.value });
              }}
            />
            <p id={`${ids}-outcome-hint`} className="woop-hint">
              {s.outcomeHint}
            </p>
          </div>
        </fieldset>

        <fieldset className="woop-step">
          <legend>
            <span className="woop-step__letter" aria-hidden="true">
              O
            </span>
            {s.obstacleHeading}
          </legend>
          <div className="field">
            <label htmlFor={`${ids}-obstacle`}>{s.obstacleLabel}</label>
            <textarea
              id={`${ids}-obstacle`}
              className="plans-textarea"
              rows={2}
              maxLength={1000}
              required
              aria-invalid={obstacleMissing}
              aria-describedby={`${ids}-obstacle-hint${obstacleMissing ? ` ${ids}-obstacle-error` : ''}`}
              value={draft.obstacle}
              onChange={(event) => {
                update({ obstacle: event.target.value });
                if (event.target.value.trim() !== '') setObstacleMissing(false);
              }}
            />
            <p id={`${ids}-obstacle-hint`} className="woop-hint">
              {s.obstacleHint}
            </p>
            <ErrorMessage
              id={`${ids}-obstacle-error`}
              message={obstacleMissing ? s.obstacleMissing : null}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-kind`}>{s.kindLabel}</label>
            <select
              id={`${ids}-kind`}
              value={draft.obstacleKind}
              onChange={(event) => {
                const kind = OBSTACLE_KINDS.find((k) => k === event.target.value);
                if (kind) update({ obstacleKind: kind });
              }}
            >
              {OBSTACLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {s.kinds[k]}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset className="woop-step">
          <legend>
            <span className="woop-step__letter" aria-hidden="true">
              P
            </span>
            {s.planHeading}
          </legend>
          <p className="woop-hint">{s.planHint}</p>
          {draft.plans.map((plan, index) => (
            <PlanFields
              key={plan.key}
              index={index}
              plan={plan}
              onChange={(next) => {
                setDraft((d) => ({
                  ...d,
                  plans: d.plans.map((p) => (p.key === next.key ? next : p)),
                }));
              }}
              onRemove={
                draft.plans.length > 1
                  ? () => {
                      setDraft((d) => ({
                        ...d,
                        plans: d.plans.filter((p) => p.key !== plan.key),
                      }));
                    }
                  : null
              }
            />
          ))}
          <ErrorMessage message={halfMissing ? s.halfMissing : null} />
          <div>
            <button
              type="button"
              className="button"
              disabled={draft.plans.length >= 20}
              onClick={() => {
                update({ plans: [...draft.plans, emptyPlanDraft()] });
              }}
            >
              {s.addPlan}
            </button>
          </div>
        </fieldset>

        <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? s.saving : s.saveWoop}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              onDone(null);
            }}
          >
            {s.cancelWoop}
          </button>
        </div>
      </form>
    </div>
  );
}
