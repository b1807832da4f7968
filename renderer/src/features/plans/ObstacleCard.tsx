import { useEffect, useId, useRef } from 'react';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { plansByRecentUse } from '../../../../shared/planFigures';
import { messageOf } from '../../api/client';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EntryBacklinks } from '../journal/EntryBacklinks';
import { OccurrenceLog } from './OccurrenceLog';
import { PlanItem } from './PlanItem';
import { planStrings as s } from './strings';
import { useChallengeBelief } from './useChallengeBelief';

export type MoveDirection = 'up' | 'down';

interface Props {
  obstacle: ObstaclePlan;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** After a move, the button to put focus back on (React moved the card in the DOM). */
  focusMove: MoveDirection | null;
  /** Opened at this obstacle (a visit with its id): focus its heading on arrival. */
  focusHeading: boolean;
  busy: boolean;
  onMove: (direction: MoveDirection) => void;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
  onCameUp: (planId: string | null) => void;
  onDeleteLog: (occurrenceId: string) => void;
}

/** An obstacle with its live if-then plans, their figures, its log and what can be done. */
export function ObstacleCard({
  obstacle,
  canMoveUp,
  canMoveDown,
  focusMove,
  focusHeading,
  busy,
  onMove,
  onEdit,
  onArchive,
  onCameUp,
  onDeleteLog,
}: Props) {
  const headingId = useId();
  const navigation = useNavigation();
  const challenge = useChallengeBelief();
  const heading = useRef<HTMLHeadingElement>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const plans = plansByRecentUse(obstacle);
  const live = !obstacle.archived;

  useEffect(() => {
    if (focusMove === null) return;
    const wanted = focusMove === 'up' ? up.current : down.current;
    const other = focusMove === 'up' ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusMove, canMoveUp, canMoveDown]);

  useEffect(() => {
    if (!focusHeading) return;
    // After the shell's own arrival focus on the h1 (a parent effect, which runs after this
    // one when the plans were already loaded), so the card keeps it.
    const frame = requestAnimationFrame(() => {
      heading.current?.focus();
      heading.current?.scrollIntoView({ block: 'center' });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [focusHeading]);

  return (
    <li className="obstacle-card" data-archived={obstacle.archived}>
      <article aria-labelledby={headingId}>
        <div className="obstacle-card__top">
          <p className="obstacle-card__kind">
            {s.kinds[obstacle.obstacleKind]}
            {obstacle.archived && <span className="obstacle-card__badge">{s.archivedBadge}</span>}
          </p>
          <div className="obstacle-card__order" role="group" aria-label={obstacle.obstacle}>
            <button
              ref={up}
              type="button"
              className="button button--quiet obstacle-card__move"
              aria-label={s.moveUpFor(obstacle.obstacle)}
              disabled={!canMoveUp || busy}
              onClick={() => {
                onMove('up');
              }}
            >
              <span aria-hidden="true">↑</span> {s.moveUp}
            </button>
            <button
              ref={down}
              type="button"
              className="button button--quiet obstacle-card__move"
              aria-label={s.moveDownFor(obstacle.obstacle)}
              disabled={!canMoveDown || busy}
              onClick={() => {
                onMove('down');
              }}
            >
              <span aria-hidden="true">↓</span> {s.moveDown}
            </button>
          </div>
        </div>
        <h3 id={headingId} ref={heading} tabIndex={-1} className="obstacle-card__title">
          {obstacle.obstacle}
        </h3>
        {(obstacle.wish !== '' || obstacle.outcome !== '') && (
          <dl className="obstacle-card__woop">
            {obstacle.wish !== '' && (
              <div>
                <dt>{s.wishLabel}</dt>
                <dd>{obstacle.wish}</dd>
              </div>
            )}
            {obstacle.outcome !== '' && (
              <div>
                <dt>{s.outcomeLabel}</dt>
                <dd>{obstacle.outcome}</dd>
              </div>
            )}
          </dl>
        )}
        {obstacle.archived && <p className="muted">{s.archivedNote}</p>}

        <h4 className="obstacle-card__plans-heading">{s.plansHeading}</h4>
        {plans.length === 0 ? (
          <p className="muted">{s.noLivePlans}</p>
        ) : (
          <ul className="plan-list">
            {plans.map((plan) => (
              <PlanItem
                key={plan.id}
                obstacle={obstacle}
                plan={plan}
                onCameUp={
                  live
                    ? () => {
                        onCameUp(plan.id);
                      }
                    : null
                }
              />
            ))}
          </ul>
        )}

        {obstacle.thoughtRecordIds.length > 0 && (
          <div className="obstacle-card__links">
            <h4>{s.thoughtLinks}</h4>
            <ul>
              {obstacle.thoughtRecordIds.map((id, i) => (
                <li key={id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      navigation.go('thoughtRecords', id);
                    }}
                  >
                    {s.openThoughtRecord(i + 1)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        <EntryBacklinks
          kind="plan"
          id={obstacle.id}
          heading={s.linkedEntries}
          empty={s.noLinkedEntries}
          level={4}
          className="obstacle-card__links"
        />

        <OccurrenceLog obstacle={obstacle} onDelete={onDeleteLog} deleting={busy} />

        <div className="button-row obstacle-card__actions">
          {live && (
            <button
              type="button"
              className="button"
              aria-label={s.cameUpNoPlanFor(obstacle.obstacle)}
              onClick={() => {
                onCameUp(null);
              }}
            >
              {s.cameUpNoPlan}
            </button>
          )}
          {live && obstacle.obstacleKind === 'belief' && (
            <button
              type="button"
              className="button"
              disabled={challenge.isPending}
              onClick={() => {
                challenge.mutate(obstacle);
              }}
            >
              {challenge.isPending ? s.challenging : s.challenge}
            </button>
          )}
          {live && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={s.editFor(obstacle.obstacle)}
              onClick={onEdit}
            >
              {s.edit}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            aria-label={live ? s.archiveFor(obstacle.obstacle) : s.restoreFor(obstacle.obstacle)}
            disabled={busy}
            onClick={() => {
              onArchive(live);
            }}
          >
            {live ? s.archive : s.restore}
          </button>
        </div>
        <ErrorMessage message={challenge.isError ? messageOf(challenge.error) : null} />
      </article>
    </li>
  );
}
