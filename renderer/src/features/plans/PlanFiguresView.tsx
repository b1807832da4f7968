import { planFigures } from '../../../../shared/planFigures';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { useDateFormatter } from '../../app/useDateFormatter';
import { planStrings as s } from './strings';

/** Last N occurrences on the timeline: enough to see a pattern, small enough to stay small. */
const TIMELINE_LENGTH = 20;

/**
 * One plan's figures in words and numbers, and a small timeline where each time it came up
 * is a mark (✓ used, ◐ partly, ✗ not used) on a bar as tall as how it went: never colour alone.
 */
export function PlanFiguresView({
  obstacle,
  planId,
  sentence,
}: {
  obstacle: ObstaclePlan;
  planId: string;
  sentence: string;
}) {
  const dates = useDateFormatter();
  const f = planFigures(obstacle, planId);
  if (f.timesCameUp === 0) return <p className="plan-figures__none muted">{s.notYet}</p>;
  const timeline = f.timeline.slice(-TIMELINE_LENGTH);
  return (
    <div className="plan-figures" role="group" aria-label={s.figuresLabel(sentence)}>
      <ul className="plan-figures__list">
        <li>{s.cameUpTimes(f.timesCameUp)}</li>
        {f.followThrough !== null && (
          <li>
            <strong>{s.followThrough(f.followThrough)}</strong>{' '}
            <span className="muted">{s.followThroughHint}</span>
          </li>
        )}
        <li>
          {f.averageOutcomeUsed === null ? s.outcomeUsedNone : s.outcomeUsed(f.averageOutcomeUsed)}
        </li>
        <li>
          {f.averageOutcomeNotUsed === null
            ? s.outcomeNotUsedNone
            : s.outcomeNotUsed(f.averageOutcomeNotUsed)}
        </li>
      </ul>
      <ol className="timeline" aria-label={s.timelineLabel}>
        {timeline.map((t, i) => {
          const label = s.timelineItem(dates.format(t.date), s.used[t.used], t.outcome);
          return (
            <li key={`${t.date}-${String(i)}`} className="timeline__item" title={label}>
              <span className="timeline__bar" data-outcome={t.outcome} data-used={t.used}>
                <span className="timeline__mark" aria-hidden="true">
                  {s.usedSymbol[t.used]}
                </span>
              </span>
              <span className="timeline__outcome" aria-hidden="true">
                {t.outcome}
              </span>
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
