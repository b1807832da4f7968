import type { Goal } from '../../../../shared/goals';
import { todayLocal } from '../../app/dates/today';
import { GoalCard } from './GoalCard';
import { groupGoals } from './goalView';
import { useGoals } from './queries';
import { goalStrings as s } from './strings';

const RECENT_ACHIEVED = 5;

/** The Goals page: active goals first, then achieved, paused and let go — history kept. */
export function GoalsOverview({
  onNew,
  onResume,
}: {
  onNew: () => void;
  onResume: (goal: Goal) => void;
}) {
  const goals = useGoals();
  const today = todayLocal();
  const groups = goals.data ? groupGoals(goals.data, today) : null;

  const section = (key: 'active' | 'achieved' | 'paused' | 'letGo', list: Goal[], hint?: string) =>
    list.length > 0 && (
      <section className="goal-section" aria-labelledby={`goals-${key}`}>
        <h2 id={`goals-${key}`}>{s.sections[key]}</h2>
        {hint && <p className="muted">{hint}</p>}
        <ul className="goal-list">
          {list.map((goal) => (
            <GoalCard key={goal.id} goal={goal} today={today} onResume={onResume} />
          ))}
        </ul>
      </section>
    );

  return (
    <div className="page goals">
      <div className="page__header">
        <h1>{s.title}</h1>
        <button type="button" className="button button--primary" onClick={onNew}>
          {s.newGoal}
        </button>
      </div>
      <p className="muted goals__intro">{s.intro}</p>
      {goals.isPending && <p className="muted">{s.loading}</p>}
      {goals.isError && <p role="alert">{s.loadFailed}</p>}
      {groups && goals.data?.length === 0 && (
        <div className="empty-state">
          <h2>{s.emptyHeading}</h2>
          <p>{s.emptyBody}</p>
        </div>
      )}
      {groups && goals.data && goals.data.length > 0 && (
        <>
          {groups.active.length > 0 ? (
            section('active', groups.active)
          ) : (
            <p className="muted">{s.noActive}</p>
          )}
          {section('achieved', groups.achieved.slice(0, RECENT_ACHIEVED))}
          {groups.achieved.length > RECENT_ACHIEVED && (
            <details className="goal-section goal-earlier">
              <summary>{s.achievedEarlier(groups.achieved.length - RECENT_ACHIEVED)}</summary>
              <ul className="goal-list">
                {groups.achieved.slice(RECENT_ACHIEVED).map((goal) => (
                  <GoalCard key={goal.id} goal={goal} today={today} onResume={onResume} />
                ))}
              </ul>
            </details>
          )}
          {section('paused', groups.paused, s.sectionHints.paused)}
          {section('letGo', groups.letGo, s.sectionHints.letGo)}
        </>
      )}
    </div>
  );
}
