import {
  INSTRUMENTS,
  needsSafetyNotice,
  scoreSeries,
  type Measure,
} from '../../../../shared/measures';
import { useDateFormatter } from '../../app/useDateFormatter';
import { SafetyNotice } from './SafetyNotice';
import { checkinStrings as s } from './strings';

/**
 * A questionnaire's total, range and change since the previous one, framed as self-report.
 * When PHQ-9 question 9 was answered above 0 the safety notice stays here too.
 */
export function MeasureResult({ measure, all }: { measure: Measure; all: readonly Measure[] }) {
  const dates = useDateFormatter();
  const instrument = INSTRUMENTS[measure.instrument];
  const scored = scoreSeries(all, measure.instrument).find((x) => x.measure.id === measure.id);
  if (!scored) return null;
  const max = instrument.items.length * 3;
  return (
    <div className="measure-result">
      {needsSafetyNotice(measure) && <SafetyNotice announce={false} />}
      <dl className="measure-result__figures">
        <div>
          <dt>{s.totalLabel}</dt>
          <dd>{s.total(scored.total, max)}</dd>
        </div>
        <div>
          <dt>{s.bandLabel}</dt>
          <dd>{s.band(scored.band)}</dd>
        </div>
        <div>
          <dt>{s.changeLabel}</dt>
          <dd>{s.change(scored.change)}</dd>
        </div>
      </dl>
      <p>{s.takenOn(dates.format(measure.date, 'long'))}</p>
      <p className="questionnaire__framing">{s.selfReport}</p>
      <p className="measure-source">
        <span className="visually-hidden">{s.sourceLabel}: </span>
        {instrument.source}
      </p>
    </div>
  );
}
