import type { GoalInput } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
import { formatValue } from './goalView';
import { goalStrings as s } from './strings';

/** A goal's words in one list: the last step of the guided flow shows it back. */
export function GoalSummary({ goal }: { goal: GoalInput }) {
  const dates = useDateFormatter();
  const f = s.fields;
  const rows: [string, string][] = [
    [f.title, goal.title],
    [f.specific, goal.specific],
    [f.baseline, formatValue(goal.measure, goal.measure.baseline)],
    [f.target, formatValue(goal.measure, goal.measure.target)],
    [f.steps, goal.steps],
    [f.confidence, goal.confidence === null ? '' : String(goal.confidence)],
    [f.why, goal.why],
    [f.targetDate, goal.targetDate === null ? '' : dates.format(goal.targetDate)],
    [f.rhythm, s.rhythms[goal.rhythm]],
  ];
  return (
    <dl className="goal-summary">
      {rows.map(([label, value]) => (
        <div key={label} className="goal-summary__row">
          <dt>{label}</dt>
          <dd>
            {value.trim() === '' || value === '—' ? (
              <span className="muted">{s.nothingYet}</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
