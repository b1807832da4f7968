import { useId, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { todayLocal } from '../../app/dates/today';
import { useSettings } from '../settings/queries';
import { MeasureChart } from './MeasureChart';
import { MoodChart } from './MoodChart';
import { useCheckins, useMeasures, useTrackers } from './queries';
import { ScoreHistory } from './ScoreHistory';
import { checkinStrings as s } from './strings';
import { TrackerChart } from './TrackerChart';
import { PERIODS, periodRange, type Period } from './trends';
import { WeeklyAverages } from './WeeklyAverages';

/**
 * Mood over 4 weeks, 3 months, a year or everything; each active tracker and both
 * questionnaires over the same period; weekly averages and the questionnaires' score history.
 */
export function TrendsSection() {
  const checkins = useCheckins();
  const measures = useMeasures();
  const trackers = useTrackers();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const [period, setPeriod] = useState<Period>('weeks4');
  const name = useId();
  const list = checkins.data ?? [];
  const measureList = measures.data ?? [];
  const active = (trackers.data ?? []).filter((t) => !t.archived);
  const range = periodRange(period, todayLocal(), [
    ...list.map((c) => c.date),
    ...measureList.map((m) => m.date),
  ]);
  const phrase = s.periodPhrase[period];

  return (
    <section className="checkins-card" aria-labelledby="checkins-trends">
      <div className="trends__chart-header">
        <h2 id="checkins-trends">{s.trendsHeading}</h2>
        <fieldset className="period-picker">
          <legend className="visually-hidden">{s.periodLegend}</legend>
          {PERIODS.map((p) => (
            <label key={p} className="ck-chip">
              <input
                type="radio"
                name={name}
                checked={period === p}
                onChange={() => {
                  setPeriod(p);
                }}
              />
              <span>{s.periodOption[p]}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <section aria-labelledby="checkins-mood-chart">
        <h3 id="checkins-mood-chart">{s.moodChartHeading}</h3>
        <MoodChart checkins={list} period={period} range={range} />
      </section>
      {active.length > 0 && (
        <section aria-labelledby="checkins-tracker-charts">
          <h3 id="checkins-tracker-charts">{s.trackerChartsHeading}</h3>
          <div className="tracker-charts">
            {active.map((t) => (
              <TrackerChart
                key={t.id}
                tracker={t}
                checkins={list}
                range={range}
                phrase={phrase}
                weekStart={weekStart}
              />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="checkins-measure-charts">
        <h3 id="checkins-measure-charts">{s.measureChartsHeading}</h3>
        <MeasureChart instrumentId="phq9" measures={measureList} range={range} phrase={phrase} />
        <MeasureChart instrumentId="gad7" measures={measureList} range={range} phrase={phrase} />
      </section>
      <WeeklyAverages checkins={list} weekStart={weekStart} />
      <ScoreHistory instrumentId="phq9" measures={measureList} />
      <ScoreHistory instrumentId="gad7" measures={measureList} />
    </section>
  );
}
