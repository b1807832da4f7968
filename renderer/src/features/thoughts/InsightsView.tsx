import { useId, useMemo, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { addDays, localDay } from '../../../../shared/dates';
import { allTraps, trapName } from '../../../../shared/thinkingTraps';
import {
  averageChange,
  changeOverTime,
  changePerRecord,
  recordsOverTime,
  recurringSituationWords,
  recurringTags,
  topTraps,
  type Period,
  type Unit,
} from '../../../../shared/thoughtInsights';
import { hotThought, type ThoughtRecord } from '../../../../shared/thoughtRecords';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useSettings } from '../settings/queries';
import { CountChart } from './CountChart';
import { useCustomTraps } from './queries';
import { thoughtStrings as s } from './strings';

type PeriodKey = keyof typeof s.insightPeriods;
const PERIOD_DAYS: Record<PeriodKey, number | null> = {
  month: 28,
  quarter: 91,
  year: 365,
  all: null,
};

function periodFor(key: PeriodKey, today: string): Period {
  const days = PERIOD_DAYS[key];
  return days === null
    ? { from: null, to: today }
    : { from: addDays(today, -(days - 1)), to: today };
}

/** "7 Sep": short enough to sit under a bar. */
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

function chartLabel(start: string, unit: Unit): string {
  const [y, m, d] = start.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return unit === 'week' ? dayMonth.format(date) : monthYear.format(date);
}

function fmt(n: number | null): string {
  return n === null ? s.dash : s.signed(Math.round(n));
}

/** Insights: records over time, frequent traps, average change, what comes back. */
export function InsightsView({ records }: { records: ThoughtRecord[] }) {
  const id = useId();
  const dates = useDateFormatter();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const traps = allTraps(useCustomTraps().data ?? []);
  const [key, setKey] = useState<PeriodKey>('quarter');
  const unit: Unit = key === 'month' || key === 'quarter' ? 'week' : 'month';

  const figures = useMemo(() => {
    const p = periodFor(key, localDay(new Date()));
    return {
      overTime: recordsOverTime(records, unit, p, weekStart),
      traps: topTraps(records, p, 5),
      average: averageChange(records, p),
      changeOverTime: changeOverTime(records, unit, p, weekStart).filter((b) => b.records > 0),
      perRecord: changePerRecord(records, p).slice(-10).reverse(),
      words: recurringSituationWords(records, p, 10),
      tags: recurringTags(records, p, 10),
    };
  }, [records, key, unit, weekStart]);

  const bucketLabel = (start: string) =>
    unit === 'week' ? dates.format(start) : chartLabel(start, unit);
  const maxTrap = Math.max(1, ...figures.traps.map((t) => t.count));
  const byId = new Map(records.map((r) => [r.id, r]));

  return (
    <section className="insights" aria-labelledby={`${id}-h`}>
      <div className="insights__head">
        <h2 id={`${id}-h`}>{s.insightsHeading}</h2>
        <div className="field field--inline">
          <label htmlFor={`${id}-period`}>{s.insightsPeriod}</label>
          <select
            id={`${id}-period`}
            value={key}
            onChange={(e) => {
              setKey(e.target.value as PeriodKey);
            }}
          >
            {(Object.keys(s.insightPeriods) as PeriodKey[]).map((k) => (
              <option key={k} value={k}>
                {s.insightPeriods[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{s.insightsNote}</p>

      <section className="insight-card" aria-labelledby={`${id}-time`}>
        <h3 id={`${id}-time`}>{s.overTime}</h3>
        {figures.overTime.length === 0 ? (
          <p className="muted">{s.insightsEmpty}</p>
        ) : (
          <CountChart
            buckets={figures.overTime}
            unit={unit}
            label={(start) => chartLabel(start, unit)}
          />
        )}
      </section>

      {figures.average.records === 0 ? (
        <p className="empty-state">{s.insightsEmpty}</p>
      ) : (
        <>
          <section className="insight-card" aria-labelledby={`${id}-traps`}>
            <h3 id={`${id}-traps`}>{s.topTraps}</h3>
            {figures.traps.length === 0 ? (
              <p className="muted">{s.topTrapsEmpty}</p>
            ) : (
              <ol className="trap-bars">
                {figures.traps.map((t) => (
                  <li key={t.trapId}>
                    <span className="trap-bars__name">{trapName(t.trapId, traps)}</span>
                    <svg
                      className="trap-bars__track"
                      viewBox="0 0 100 10"
                      preserveAspectRatio="none"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <rect
                        className="trap-bars__bar"
                        width={(t.count / maxTrap) * 100}
                        height={10}
                      />
                    </svg>
                    <span className="trap-bars__count">{s.inRecords(t.count)}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="insight-card" aria-labelledby={`${id}-change`}>
            <h3 id={`${id}-change`}>{s.changeHeading}</h3>
            <dl className="stat-tiles">
              <div className="stat-tile">
                <dt>{s.avgEmotion}</dt>
                <dd>
                  <span className="stat-tile__value">{s.avgValue(figures.average.emotion)}</span>
                  <span className="stat-tile__caption">{s.avgCaption}</span>
                </dd>
              </div>
              <div className="stat-tile">
                <dt>{s.avgBelief}</dt>
                <dd>
                  <span className="stat-tile__value">{s.avgValue(figures.average.belief)}</span>
                  <span className="stat-tile__caption">{s.avgCaption}</span>
                </dd>
              </div>
            </dl>
            {figures.changeOverTime.length > 1 && (
              <table className="insight-table">
                <caption>{s.changeOverTime}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.colPeriod}</th>
                    <th scope="col">{s.colRecords}</th>
                    <th scope="col">{s.colEmotion}</th>
                    <th scope="col">{s.colBelief}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.changeOverTime.map((b) => (
                    <tr key={b.start}>
                      <th scope="row">
                        {unit === 'week' ? s.weekOf(bucketLabel(b.start)) : bucketLabel(b.start)}
                      </th>
                      <td>{b.records}</td>
                      <td>{fmt(b.emotion)}</td>
                      <td>{fmt(b.belief)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <table className="insight-table">
              <caption>{s.perRecord}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colDate}</th>
                  <th scope="col">{s.colThought}</th>
                  <th scope="col">{s.colEmotion}</th>
                  <th scope="col">{s.colBelief}</th>
                </tr>
              </thead>
              <tbody>
                {figures.perRecord.map((r) => {
                  const record = byId.get(r.id);
                  const hot = record ? hotThought(record) : null;
                  return (
                    <tr key={r.id}>
                      <th scope="row">{dates.format(r.date)}</th>
                      <td className="insight-table__thought">{hot?.text ?? s.dash}</td>
                      <td>{fmt(r.emotion)}</td>
                      <td>{fmt(r.belief)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section className="insight-card" aria-labelledby={`${id}-recur`}>
            <h3 id={`${id}-recur`}>{s.recurring}</h3>
            <div className="recurring">
              <div>
                <h4>{s.recurringWords}</h4>
                {figures.words.length === 0 ? (
                  <p className="muted">{s.recurringWordsEmpty}</p>
                ) : (
                  <ul className="chip-list chip-list--static">
                    {figures.words.map((w) => (
                      <li key={w.word} className="chip chip--static">
                        {w.word} <span className="muted">· {s.inRecords(w.records)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h4>{s.recurringTags}</h4>
                {figures.tags.length === 0 ? (
                  <p className="muted">{s.recurringTagsEmpty}</p>
                ) : (
                  <ul className="chip-list chip-list--static">
                    {figures.tags.map((t) => (
                      <li key={t.tag} className="chip chip--static">
                        #{t.tag} <span className="muted">· {s.inRecords(t.records)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </section>
        </>
      )}
    </section>
  );
}
