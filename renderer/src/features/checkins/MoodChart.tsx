import type { MoodCheckin } from '../../../../shared/checkin';
import { MOOD_LABELS } from '../../../../shared/checkin';
import { useDateFormatter } from '../../app/useDateFormatter';
import { checkinStrings as s, num } from './strings';
import {
  dailyMoods,
  moodScale,
  rollingAverage,
  summarize,
  type Box,
  type Period,
  type PeriodRange,
} from './trends';

const BOX: Box = { width: 640, height: 260, left: 40, right: 22, top: 20, bottom: 34 };
const Y_TICKS = [1, 4, 7, 10];

/**
 * Daily mood (1–10) over the chosen period with a 7-day average. Each point carries its
 * number while they fit (up to a month); the picture has a text alternative and every value
 * is in a table for screen readers. The average line differs by dash, not only colour.
 */
export function MoodChart({
  checkins,
  period,
  range,
}: {
  checkins: readonly MoodCheckin[];
  period: Period;
  range: PeriodRange;
}) {
  const dates = useDateFormatter();
  const phrase = s.periodPhrase[period];
  const days = dailyMoods(checkins, range.from, range.to);
  const averages = rollingAverage(days);
  const summary = summarize(days);
  const { x, y, xTicks } = moodScale(range.to, range.days, BOX);
  const numbered = range.days <= 31;
  const last = days.at(-1);
  const alt = summary
    ? [
        s.chartSummary(
          phrase,
          summary.days,
          num(summary.average),
          num(summary.lowest),
          num(summary.highest),
        ),
        last ? s.chartLatest(dates.format(last.date), num(last.mood)) : '',
      ].join(' ')
    : s.chartEmpty(phrase);
  const x0 = BOX.left;
  const x1 = BOX.width - BOX.right;
  const yBottom = BOX.height - BOX.bottom;
  const line = (list: typeof days) =>
    list.map((d) => `${x(d.date).toFixed(1)},${y(d.mood).toFixed(1)}`).join(' ');

  return (
    <figure className="mood-chart">
      <svg
        className="mood-chart__svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={alt}
        preserveAspectRatio="xMidYMid meet"
      >
        {Y_TICKS.map((v) => (
          <g key={v}>
            <line className="mood-chart__grid" x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
            <text
              className="mood-chart__tick"
              x={x0 - 10}
              y={y(v)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {v}
            </text>
          </g>
        ))}
        {xTicks.map((d, i) => (
          <text
            key={d}
            className="mood-chart__tick"
            x={x(d)}
            y={yBottom + 24}
            textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
          >
            {dates.format(d)}
          </text>
        ))}
        <line className="mood-chart__axis" x1={x0} x2={x1} y1={yBottom} y2={yBottom} />
        {averages.length > 1 && (
          <polyline className="mood-chart__average" points={line(averages)} />
        )}
        {days.length > 1 && <polyline className="mood-chart__line" points={line(days)} />}
        {days.map((d) => (
          <g key={d.date} className="mood-chart__point" data-mood={Math.round(d.mood)}>
            <title>{s.chartPoint(dates.format(d.date), num(d.mood))}</title>
            <circle cx={x(d.date)} cy={y(d.mood)} r={numbered ? 10 : 4} />
            {numbered && (
              <text x={x(d.date)} y={y(d.mood)} textAnchor="middle" dominantBaseline="central">
                {Math.round(d.mood)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="mood-chart__legend">
          <li>
            <svg className="mood-chart__swatch" viewBox="0 0 28 12" aria-hidden="true">
              <line className="mood-chart__line" x1="1" x2="27" y1="6" y2="6" />
              <circle className="mood-chart__dot" cx="14" cy="6" r="4" />
            </svg>
            {numbered ? s.chartDailyPoints : s.chartDailyPointsNoNumbers}
          </li>
          <li>
            <svg className="mood-chart__swatch" viewBox="0 0 28 12" aria-hidden="true">
              <line className="mood-chart__average" x1="1" x2="27" y1="6" y2="6" />
            </svg>
            {s.chartAverageLine}
          </li>
        </ul>
        {!summary && <p className="muted">{alt}</p>}
      </figcaption>
      <table className="visually-hidden">
        <caption>{s.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colDate}</th>
            <th scope="col">{s.colMood}</th>
            <th scope="col">{s.colAverage}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <tr key={d.date}>
              <td>{dates.format(d.date)}</td>
              <td>
                {num(d.mood)} {MOOD_LABELS[Math.round(d.mood)] ?? ''}
              </td>
              <td>{num(averages[i]?.mood ?? d.mood)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
