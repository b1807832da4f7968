import './plans.css';
import { useEffect, useRef, useState } from 'react';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { PlansOverview } from './PlansOverview';
import { usePlanGoals, usePlans } from './queries';
import { WoopForm } from './WoopForm';

type Mode =
  { name: 'view' } | { name: 'woop'; obstacle: ObstaclePlan | undefined; goalId: string | null };

/**
 * The Plans section. A visit may name a record: an obstacle (the page opens at its card) or
 * a goal (a new plan for that goal, e.g. "Plan for an obstacle" on a goal's page).
 */
export function PlansPlace({ recordId }: { recordId: string | undefined }) {
  const plans = usePlans();
  const goals = usePlanGoals();
  const [mode, setMode] = useState<Mode | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  const ready = plans.isSuccess && goals.isSuccess;
  const obstacles = plans.data ?? [];
  const goalList = goals.data ?? [];
  const forGoal =
    recordId !== undefined && ready && !obstacles.some((o) => o.id === recordId)
      ? goalList.find((g) => g.id === recordId)
      : undefined;
  const current: Mode =
    mode ??
    (forGoal ? { name: 'woop', obstacle: undefined, goalId: forGoal.id } : { name: 'view' });

  useEffect(() => {
    // The shell focuses the h1 on arrival; switching view inside the section does too.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = root.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [current.name, mode]);

  const view = () => {
    setMode({ name: 'view' });
  };
  return (
    <div ref={root} className="plans-place">
      {current.name === 'woop' ? (
        <WoopForm
          obstacle={current.obstacle}
          goals={goalList}
          initialGoalId={current.goalId}
          nextOrder={obstacles.reduce((max, o) => Math.max(max, o.order + 1), 0)}
          onDone={view}
        />
      ) : (
        <PlansOverview
          obstacles={obstacles}
          goals={goalList}
          loaded={ready}
          loadFailed={plans.isError || goals.isError}
          focusId={mode === null ? recordId : undefined}
          onNew={() => {
            setMode({ name: 'woop', obstacle: undefined, goalId: null });
          }}
          onEdit={(obstacle) => {
            setMode({ name: 'woop', obstacle, goalId: obstacle.goalId });
          }}
        />
      )}
    </div>
  );
}
