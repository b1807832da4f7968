import { useState } from 'react';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLogDialog } from './LogDialog';
import { ObstacleCard, type MoveDirection } from './ObstacleCard';
import { groupObstacles, inputFromObstacle, moveObstacle, type GoalRef } from './planView';
import { useDeleteOccurrence, useReorderPlans, useSavePlan } from './queries';
import { planStrings as s } from './strings';

/** The Plans page: obstacles grouped by goal, each with its plans, figures and log. */
export function PlansOverview({
  obstacles,
  goals,
  loaded,
  loadFailed,
  focusId,
  onNew,
  onEdit,
}: {
  obstacles: ObstaclePlan[];
  goals: GoalRef[];
  loaded: boolean;
  loadFailed: boolean;
  /** The obstacle the visit opened at, if any. */
  focusId: string | undefined;
  onNew: () => void;
  onEdit: (obstacle: ObstaclePlan) => void;
}) {
  // Until the person chooses, archived ones show only when the visit opened at one of them.
  const [archivedChoice, setShowArchived] = useState<boolean | null>(null);
  const showArchived = archivedChoice ?? obstacles.find((o) => o.id === focusId)?.archived ?? false;
  const [status, setStatus] = useState('');
  const [moved, setMoved] = useState<{ id: string; direction: MoveDirection } | null>(null);
  const log = useLogDialog(() => {
    setStatus(s.logged);
  });
  const reorder = useReorderPlans();
  const save = useSavePlan();
  const deleteLog = useDeleteOccurrence();
  const groups = groupObstacles(obstacles, goals, showArchived);
  const busy = reorder.isPending || save.isPending || deleteLog.isPending;
  const failure = reorder.error ?? save.error ?? deleteLog.error;

  return (
    <div className="page plans">
      <div className="page__header">
        <h1>{s.title}</h1>
        <button type="button" className="button button--primary" onClick={onNew}>
          {s.newWoop}
        </button>
      </div>
      <p className="muted plans__intro">{s.intro}</p>
      {obstacles.some((o) => o.archived) && (
        <label className="checkbox plans__archived-toggle">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => {
              setShowArchived(event.target.checked);
            }}
          />
          {s.showArchived}
        </label>
      )}
      <p className="inline-status" role="status">
        {status}
      </p>
      <ErrorMessage message={failure ? messageOf(failure) : null} />

      {loadFailed && <p className="muted">{s.loadFailed}</p>}
      {loaded && obstacles.length === 0 && (
        <div className="empty-state">
          <h2>{s.emptyHeading}</h2>
          <p>{s.emptyBody}</p>
        </div>
      )}
      {groups.map((group) => {
        const title =
          group.goalId === null ? s.notTiedToGoal : s.goalGroup(group.goalTitle ?? s.unknownGoal);
        const headingId = `plans-group-${group.goalId ?? 'none'}`;
        return (
          <section key={headingId} className="plans-group" aria-labelledby={headingId}>
            <h2 id={headingId}>{title}</h2>
            <ol className="obstacle-list">
              {group.obstacles.map((obstacle, index) => (
                <ObstacleCard
                  key={obstacle.id}
                  obstacle={obstacle}
                  canMoveUp={index > 0}
                  canMoveDown={index < group.obstacles.length - 1}
                  focusMove={moved?.id === obstacle.id ? moved.direction : null}
                  focusHeading={focusId === obstacle.id}
                  busy={busy}
                  onMove={(direction) => {
                    const ids = moveObstacle(obstacles, group.obstacles, obstacle.id, direction);
                    if (!ids) return;
                    reorder.mutate(ids, {
                      onSuccess: () => {
                        setMoved({ id: obstacle.id, direction });
                        setStatus(
                          direction === 'up'
                            ? s.movedUp(obstacle.obstacle)
                            : s.movedDown(obstacle.obstacle),
                        );
                      },
                    });
                  }}
                  onEdit={() => {
                    onEdit(obstacle);
                  }}
                  onArchive={(archived) => {
                    save.mutate(inputFromObstacle(obstacle, { archived }), {
                      onSuccess: () => {
                        setStatus(
                          archived ? s.archived(obstacle.obstacle) : s.restored(obstacle.obstacle),
                        );
                      },
                    });
                  }}
                  onCameUp={(planId) => {
                    log.open({ obstacle, planId });
                  }}
                  onDeleteLog={(occurrenceId) => {
                    deleteLog.mutate(
                      { obstacleId: obstacle.id, occurrenceId },
                      {
                        onSuccess: () => {
                          setStatus(s.deleted);
                        },
                      },
                    );
                  }}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {log.dialog}
    </div>
  );
}
