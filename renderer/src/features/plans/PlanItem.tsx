import {
  ifThenSentence,
  type IfThenPlan,
  type ObstaclePlan,
} from '../../../../shared/obstaclePlans';
import { PlanFiguresView } from './PlanFiguresView';
import { SkillLink } from '../skills/SkillLink';
import { planStrings as s } from './strings';

/** One live if-then plan on an obstacle card: the sentence, its figures and "It came up". */
export function PlanItem({
  obstacle,
  plan,
  onCameUp,
}: {
  obstacle: ObstaclePlan;
  plan: IfThenPlan;
  onCameUp: (() => void) | null;
}) {
  const sentence = ifThenSentence(plan.cue, plan.response);
  return (
    <li className="plan-item">
      <p className="plan-item__sentence">{sentence}</p>
      <SkillLink skillId={plan.skillId} />
      <PlanFiguresView obstacle={obstacle} planId={plan.id} sentence={sentence} />
      {onCameUp && (
        <button
          type="button"
          className="button plan-item__came-up"
          aria-label={s.cameUpFor(sentence)}
          onClick={onCameUp}
        >
          {s.cameUp}
        </button>
      )}
    </li>
  );
}
