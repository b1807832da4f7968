import { useId } from 'react';
import { ObstacleLink } from './ObstacleLink';
import { usePlans } from './queries';
import { planStrings as s } from './strings';

/**
 * On a thought record: the belief obstacles that opened it (the link is stored on the
 * obstacle, once), each opening the Plans page at its card.
 */
export function LinkedObstacles({ recordId }: { recordId: string }) {
  const plans = usePlans();
  const headingId = useId();
  const linked = (plans.data ?? []).filter((o) => o.thoughtRecordIds.includes(recordId));
  if (linked.length === 0) return null;
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{s.linkedObstacles}</h3>
      <ul className="linked-entries">
        {linked.map((obstacle) => (
          <li key={obstacle.id}>
            <ObstacleLink obstacle={obstacle} />
          </li>
        ))}
      </ul>
    </section>
  );
}
