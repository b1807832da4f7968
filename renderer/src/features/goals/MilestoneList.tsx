import type { Goal } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
import { SkillLink } from '../skills/SkillLink';
import { goalStrings as s } from './strings';

/** Milestones on the goal page: done ones with their day, the rest "not yet". */
export function MilestoneList({ goal }: { goal: Goal }) {
  const dates = useDateFormatter();
  return (
    <section className="goal-card" aria-labelledby="goal-milestones">
      <h2 id="goal-milestones">{s.milestonesHeading}</h2>
      {goal.milestones.length === 0 ? (
        <p className="muted">{s.noMilestones}</p>
      ) : (
        <ul className="milestone-list">
          {goal.milestones.map((m) => (
            <li key={m.id} data-done={m.doneOn !== null || undefined}>
              <span aria-hidden="true" className="milestone-list__mark">
                {m.doneOn !== null ? '◆' : '◇'}
              </span>
              {m.title}{' '}
              <span className="muted">
                ({m.doneOn !== null ? s.milestoneDoneOn(dates.format(m.doneOn)) : s.milestoneOpen})
              </span>{' '}
              <SkillLink skillId={m.skillId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
