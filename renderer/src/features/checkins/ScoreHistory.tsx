import { useState } from 'react';
import {
  INSTRUMENTS,
  needsSafetyNotice,
  scoreSeries,
  type Measure,
} from '../../../../shared/measures';
import { useDateFormatter } from '../../app/useDateFormatter';
import { Bar } from './Bar';
import { ConfirmDelete } from './ConfirmDelete';
import { useDeleteMeasure } from './queries';
import { checkinStrings as s } from './strings';

/** One questionnaire's scores, newest first, with range and change; each can be deleted. */
export function ScoreHistory({
  instrumentId,
  measures,
}: {
  instrumentId: Measure['instrument'];
  measures: readonly Measure[];
}) {
  const dates = useDateFormatter();
  const instrument = INSTRUMENTS[instrumentId];
  const rows = scoreSeries(measures, instrumentId).reverse();
  const remove = useDeleteMeasure();
  const [deleting, setDeleting] = useState<string | null>(null);
  const headingId = `scores-${instrumentId}`;
  const max = instrument.items.length * 3;

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{s.scoresHeading(instrument.name)}</h3>
      {rows.length === 0 ? (
        <p className="muted">{s.scoresEmpty(instrument.name)}</p>
      ) : (
        <table className="score-table">
          <caption className="visually-hidden">{s.scoresHeading(instrument.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colDate}</th>
              <th scope="col">{s.colScore}</th>
              <th scope="col">{s.colBand}</th>
              <th scope="col">{s.colChange}</th>
              <th scope="col">
                <span className="visually-hidden">{s.colActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.measure.id}>
                <td>{dates.format(row.measure.date)}</td>
                <td>
                  {s.total(row.total, max)}
                  <span className="score-bar">
                    <Bar value={row.total} max={max} />
                  </span>
                </td>
                <td>
                  {row.band}
                  {needsSafetyNotice(row.measure) && (
                    <span className="score-table__flag">{s.item9Answered}</span>
                  )}
                </td>
                <td>{s.changeShort(row.change)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--quiet button--danger-text"
                    aria-label={s.deleteMeasure(instrument.name, dates.format(row.measure.date))}
                    onClick={() => {
                      setDeleting(row.measure.id);
                    }}
                  >
                    {s.delete}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDelete
        open={deleting !== null}
        title={s.deleteMeasureTitle}
        body={s.deleteMeasureBody}
        onClose={() => {
          setDeleting(null);
        }}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
          setDeleting(null);
        }}
      />
    </section>
  );
}
