import { useId, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { todayLocal } from '../../app/dates/today';
import { useSettings } from '../settings/queries';
import { MoodChart } from './MoodChart';
import { useCheckins, useMeasures } from './queries';
import { ScoreHistory } from './ScoreHistory';
import { checkinStrings as s } from './strings';
import { PERIODS, type Period } from './trends';
import { WeeklyAverages } from './WeeklyAverages';

/** Mood over 7, 30 or 90 days, weekly averages, and the questionnaires' score history. */
export function TrendsSection() {
  const checkins = useCheckins();
  const measures = useMeasures();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const [period, setPeriod] = useState<Period>(30);
  const name = useId();
  const list = checkins.data ?? [];

  return (
    <section className="checkins-card" aria-labelledby="checkins-trends">
      <h2 id="checkins-trends">{s.trendsHeading}</h2>
      <section aria-labelledby="checkins-mood-chart">
        <div className="trends__chart-header">
          <h3 id="checkins-mood-chart">{s.moodChartHeading}</h3>
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
                <span>{s.periodOption(p)}</span>
              </label>
            ))}
          </fieldset>
        </div>
        <MoodChart checkins={list} period={period} today={todayLocal()} />
      </section>
      <WeeklyAverages checkins={list} weekStart={weekStart} />
      <ScoreHistory instrumentId="phq9" measures={measures.data ?? []} />
      <ScoreHistory instrumentId="gad7" measures={measures.data ?? []} />
    </section>
  );
}
