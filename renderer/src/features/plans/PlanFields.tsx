import { useId } from 'react';
import { ifThenNudges, ifThenSentence } from '../../../../shared/obstaclePlans';
import { SkillSelect } from '../skills/SkillPickers';
import { skillStrings } from '../skills/strings';
import { planStrings as s } from './strings';
import type { PlanDraft } from './woopDraft';

/**
 * One if-then plan: "If …" and "then I will …" as two fields, the sentence they make, and a
 * gentle nudge beside each half once something is written (announced politely).
 */
export function PlanFields({
  index,
  plan,
  onChange,
  onRemove,
}: {
  index: number;
  plan: PlanDraft;
  onChange: (plan: PlanDraft) => void;
  onRemove: (() => void) | null;
}) {
  const id = useId();
  const nudges = ifThenNudges(plan.cue, plan.response);
  const cueNudge = plan.cue.trim() === '' ? null : nudges.cue;
  const responseNudge = plan.response.trim() === '' ? null : nudges.response;
  return (
    <fieldset className="plan-fields">
      <legend>{s.planLegend(index + 1)}</legend>
      <div className="plan-fields__half">
        <div className="field">
          <label htmlFor={`${id}-cue`}>{s.cueLabel}</label>
          <input
            id={`${id}-cue`}
            type="text"
            maxLength={500}
            placeholder={s.cuePlaceholder}
            aria-describedby={`${id}-cue-nudge`}
            value={plan.cue}
            onChange={(event) => {
              onChange({ ...plan, cue: event.target.value });
            }}
          />
        </div>
        <p id={`${id}-cue-nudge`} className="plan-nudge" aria-live="polite">
          {cueNudge}
        </p>
      </div>
      <div className="plan-fields__half">
        <div className="field">
          <label htmlFor={`${id}-response`}>{s.responseLabel}</label>
          <input
            id={`${id}-response`}
            type="text"
            maxLength={500}
            placeholder={s.responsePlaceholder}
            aria-describedby={`${id}-response-nudge`}
            value={plan.response}
            onChange={(event) => {
              onChange({ ...plan, response: event.target.value });
            }}
          />
        </div>
        <p id={`${id}-response-nudge`} className="plan-nudge" aria-live="polite">
          {responseNudge}
        </p>
      </div>
      <SkillSelect
        label={skillStrings.planSkillLabel}
        value={plan.skillId ?? ''}
        describedBy={`${id}-skill-hint`}
        onChange={(skillId, skill) => {
          onChange({
            ...plan,
            skillId: skillId === '' ? null : skillId,
            response:
              skill && plan.response.trim() === ''
                ? skillStrings.planSkillResponse(skill.name)
                : plan.response,
          });
        }}
      />
      <p id={`${id}-skill-hint`} className="field-hint">
        {skillStrings.planSkillHint}
      </p>
      <p className="plan-preview">
        <span className="plan-preview__label">{s.preview}</span>{' '}
        <q className="plan-preview__sentence">{ifThenSentence(plan.cue, plan.response)}</q>
      </p>
      {onRemove && (
        <button type="button" className="button button--quiet" onClick={onRemove}>
          {s.removePlan(index + 1)}
        </button>
      )}
    </fieldset>
  );
}
