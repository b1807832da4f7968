import { goalStrings as s } from './strings';

/** The small "SMART n/5" badge; read out in full by screen readers. */
export function SmartBadge({ score }: { score: number }) {
  return (
    <span className="smart-badge" data-complete={score === 5 || undefined}>
      <span aria-hidden="true">{s.smartBadge(score)}</span>
      <span className="visually-hidden">{s.smartBadgeLabel(score)}</span>
    </span>
  );
}
