import {
  checkinDue,
  daysSinceLastCheckin,
  paceNeededPerWeek,
  paceNowPerWeek,
  percentOfWay,
  projectedDate,
  trend,
} from '../../../../shared/goalProgress';
import type { Goal } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
import { paceUnit } from './goalView';
import { goalStrings as s } from './strings';

/** The derived figures, each as one plain sentence. */
export function GoalFigures({ goal, today }: { goal: Goal; today: string }) {
  const dates = useDateFormatter();
  const unit = paceUnit(goal.measure);
  const projected = projectedDate(goal, today);
  const f = s.figures;
  const lines = [
    f.percent(percentOfWay(goal)),
    f.paceNow(paceNowPerWeek(goal), unit),
    f.paceNeeded(paceNeededPerWeek(goal, today), unit),
    f.trend(trend(goal)),
    f.since(daysSinceLastCheckin(goal, today), checkinDue(goal, today)),
    f.projected(projected === null ? null : dates.format(projected)),
  ];
  return (
    <section className="goal-card" aria-labelledby="goal-figures">
      <h2 id="goal-figures">{s.figuresHeading}</h2>
      <ul className="goal-figures">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
