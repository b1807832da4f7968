import { useState } from 'react';
import { ifThenSentence, type ObstaclePlan } from '../../../../shared/obstaclePlans';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FromEntryLink } from '../journal/FromEntryLink';
import { planStrings as s } from './strings';

/** Every time the obstacle came up, newest first, each with a way to delete it (after asking). */
export function OccurrenceLog({
  obstacle,
  onDelete,
  deleting,
}: {
  obstacle: ObstaclePlan;
  onDelete: (occurrenceId: string) => void;
  deleting: boolean;
}) {
  const dates = useDateFormatter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const plans = new Map(obstacle.plans.map((p) => [p.id, ifThenSentence(p.cue, p.response)]));
  const log = [...obstacle.occurrences].sort(
    (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
  );
  return (
    <details className="occurrence-log">
      <summary>{s.logHeading(log.length)}</summary>
      {log.length === 0 ? (
        <p className="muted">{s.logEmpty}</p>
      ) : (
        <ul className="occurrence-log__list">
          {log.map((o) => {
            const date = dates.format(o.date);
            return (
              <li key={o.id} className="occurrence-log__item" data-used={o.used}>
                <div className="occurrence-log__text">
                  <p className="occurrence-log__head">
                    <span className="occurrence-log__date">{date}</span>
                    <span aria-hidden="true" className="occurrence-log__mark">
                      {s.usedSymbol[o.used]}
                    </span>
                    <span>{s.logItem(s.used[o.used], o.outcome)}</span>
                  </p>
                  <p className="muted occurrence-log__plan">
                    {o.planId === null ? s.logNoPlan : (plans.get(o.planId) ?? s.logNoPlan)}
                  </p>
                  {o.note !== '' && <p className="occurrence-log__note">{o.note}</p>}
                  {o.entryId !== null && (
                    <FromEntryLink
                      entryId={o.entryId}
                      label={s.fromEntry}
                      accessibleName={s.openEntryFor(date)}
                    />
                  )}
                </div>
                <button
                  type="button"
                  className="button button--quiet button--danger-text"
                  aria-label={s.deleteLogFor(date)}
                  disabled={deleting}
                  onClick={() => {
                    setConfirming(o.id);
                  }}
                >
                  {s.deleteLog}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={s.deleteLogTitle}
        body={s.deleteLogBody}
        confirmLabel={s.deleteLog}
        cancelLabel={s.cancel}
        onCancel={() => {
          setConfirming(null);
        }}
        onConfirm={() => {
          if (confirming) onDelete(confirming);
          setConfirming(null);
        }}
      />
    </details>
  );
}
