import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { scoreSeries, type Measure } from '../../../../shared/measures';
import { todayLocal } from '../../app/dates/today';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useSettings } from '../settings/queries';
import { dueStatuses } from './measureDue';
import { useMeasures } from './queries';
import { checkinStrings as s } from './strings';

/** PHQ-9 and GAD-7: what each is about, the last result, when the next is suggested. */
export function MeasuresSection({ onStart }: { onStart: (id: Measure['instrument']) => void }) {
  const dates = useDateFormatter();
  const measures = useMeasures();
  const everyDays = useSettings().data?.measuresEveryDays ?? DEFAULT_SETTINGS.measuresEveryDays;
  const list = measures.data ?? [];
  const statuses = dueStatuses(list, todayLocal(), everyDays);

  return (
    <section className="checkins-card" aria-labelledby="checkins-measures">
      <h2 id="checkins-measures">{s.measuresHeading}</h2>
      <p className="muted">{s.measuresIntro}</p>
      {measures.isError && <p className="form-error">{s.loadFailed}</p>}
      <ul className="measure-cards">
        {statuses.map(({ instrument, days }) => {
          const last = scoreSeries(list, instrument.id).at(-1);
          return (
            <li key={instrument.id} className="measure-card">
              <h3>{instrument.name}</h3>
              <p>{s.about[instrument.id]}</p>
              <p className="muted">
                {last
                  ? s.lastTaken(
                      dates.format(last.measure.date),
                      last.total,
                      instrument.items.length * 3,
                      last.band,
                    )
                  : s.neverTaken}{' '}
                {days !== null &&
                  (days <= 0 ? s.due.due(instrument.name) : s.due.inDays(instrument.name, days))}
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  onStart(instrument.id);
                }}
              >
                {s.start(instrument.name)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
