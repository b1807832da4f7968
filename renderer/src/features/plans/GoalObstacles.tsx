import './plans.css';
import { useState } from 'react';
import { plansByRecentUse } from '../../../../shared/planFigures';
import { useLogDialog } from './LogDialog';
import { ObstacleLink } from './ObstacleLink';
import { PlanItem } from './PlanItem';
import { usePlans } from './queries';
import { planStrings as s } from './strings';

/**
 * On a goal's page: the goal's live obstacles with their if-then plans, each plan's figures
 * and "It came up", so an occurrence can be logged without leaving the goal.
 */
export function GoalObstacles({ goalId }: { goalId: string }) {
  const plans = usePlans();
  const [status, setStatus] = useState('');
  const log = useLogDialog(() => {
    setStatus(s.logged);
  });
  const obstacles = (plans.data ?? [])
    .filter((o) => o.goalId === goalId && !o.archived)
    .sort((a, b) => a.order - b.order);
  return (
    <>
      <h3>{s.goalObstaclesHeading}</h3>
      {plans.isError && <p className="muted">{s.loadFailed}</p>}
      {plans.isSuccess && obstacles.length === 0 && <p className="muted">{s.goalObstaclesEmpty}</p>}
      {obstacles.length > 0 && (
        <ul className="goal-obstacles">
          {obstacles.map((obstacle) => (
            <li key={obstacle.id} className="goal-obstacles__item">
              <ObstacleLink obstacle={obstacle} className="link-button goal-obstacles__title" />
              <ul className="plan-list">
                {plansByRecentUse(obstacle).map((plan) => (
                  <PlanItem
                    key={plan.id}
                    obstacle={obstacle}
                    plan={plan}
                    onCameUp={() => {
                      log.open({ obstacle, planId: plan.id });
                    }}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p className="inline-status" role="status">
        {status}
      </p>
      {log.dialog}
    </>
  );
}
