import type { Goal } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
import { formatValue } from './goalView';
import { goalStrings as s } from './strings';

/** The goal in the user's own words: what, why, how, measured how, by when. */
export function GoalAbout({ goal }: { goal: Goal }) {
  const dates = useDateFormatter();
  const f = s.fields;
  const text = (value: string) =>
    value.trim() === '' ? <span className="muted">{s.nothingYet}</span> : value;
  return (
    <section className="goal-card goal-about" aria-labelledby="goal-about">
      <h2 id="goal-about" className="visually-hidden">
        {s.aboutHeading}
      </h2>
      <dl className="goal-summary">
        <div className="goal-summary__row">
          <dt>{s.specificHeading}</dt>
          <dd>{text(goal.specific)}</dd>
        </div>
        <div className="goal-summary__row">
          <dt>{s.measureHeading}</dt>
          <dd>
            {goal.measure.baseline === null && goal.measure.target === null
              ? text('')
              : s.measureLine(
                  formatValue(goal.measure, goal.measure.baseline),
                  formatValue(goal.measure, goal.measure.target),
                  f.directions[goal.measure.direction],
                )}
          </dd>
        </div>
        <div className="goal-summary__row">
          <dt>{s.stepsHeading}</dt>
          <dd>{text(goal.steps)}</dd>
        </div>
        <div className="goal-summary__row">
          <dt>{s.whyHeading}</dt>
          <dd>
            {text(goal.why)}
            {goal.lifeArea.trim() !== '' && (
              <span className="muted"> ({s.lifeArea(goal.lifeArea.trim())})</span>
            )}
          </dd>
        </div>
        <div className="goal-summary__row">
          <dt>{f.targetDate}</dt>
          <dd>
            {goal.targetDate === null ? text('') : dates.format(goal.targetDate)} ·{' '}
            {s.rhythms[goal.rhythm]}
          </dd>
        </div>
        <div className="goal-summary__row">
          <dt>{s.confidenceHeading}</dt>
          <dd>{goal.confidence === null ? text('') : s.confidenceLine(goal.confidence)}</dd>
        </div>
      </dl>
    </section>
  );
}
