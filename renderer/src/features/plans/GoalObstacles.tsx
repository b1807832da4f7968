import './plans.css';
import { useState } from 'react';
import { plansByRecentUse } from '../../../../shared/planFigures';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { LogDialog, type LogTarget } from './LogDialog';
import { PlanItem } from './PlanItem';
import { usePlans } from './queries';
import { planStrings as s } from './strings';

/**
 * On a goal's page: the goal's live obstacles with their if-then plans, each plan's figures
 * and "It came up", so an occurrence can be logged without leaving the goal.
 */
export function GoalObstacles({ goalId }: { goalId: string }) {
  const plans = usePlans();
  const navigation = useNavigation();
  const [target, setTarget] = useState<LogTarget | null>(null);
  const [status, setStatus] = useState('');
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
              <button
                type="button"
                className="link-button goal-obstacles__title"
                aria-label={s.openObstacle(obstacle.obstacle)}
                onClick={() => {
                  navigation.go('plans', obstacle.id);
                }}
              >
                {obstacle.obstacle}
              </button>
              <ul className="plan-list">
                {plansByRecentUse(obstacle).map((plan) => (
                  <PlanItem
                    key={plan.id}
                    obstacle={obstacle}
                    plan={plan}
                    onCameUp={() => {
                      setTarget({ obstacle, planId: plan.id });
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
      <LogDialog
        target={target}
        onClose={() => {
          setTarget(null);
        }}
        onLogged={() => {
          setStatus(s.logged);
        }}
      />
    </>
  );
}
