import type { MoodCheckin } from '../../../../shared/checkin';
import { MOOD_LABELS } from '../../../../shared/checkin';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ChartTable, DateTicks, NumberedPoint, ValueAxis } from '../../components/ChartParts';
import { linePoints, plotEdges } from '../../components/chartGeometry';
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
  const { x0, x1, yBottom } = plotEdges(BOX);
  const line = (list: typeof days) =>
    linePoints(
      list,
      (d) => x(d.date),
      (d) => y(d.mood),
    );

  return (
    <figure className="mood-chart">
      <svg
        className="mood-chart__svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={alt}
        preserveAspectRatio="xMidYMid meet"
      >
        <ValueAxis values={Y_TICKS} y={y} x0={x0} x1={x1} gap={10} stem="mood-chart" />
        <DateTicks dates={xTicks} x={x} y={yBottom + 24} stem="mood-chart" format={dates.format} />
        <line className="mood-chart__axis" x1={x0} x2={x1} y1={yBottom} y2={yBottom} />
        {averages.length > 1 && (
          <polyline className="mood-chart__average" points={line(averages)} />
        )}
        {days.length > 1 && <polyline className="mood-chart__line" points={line(days)} />}
        {days.map((d) => (
          <NumberedPoint
            key={d.date}
            className="mood-chart__point"
            data-mood={Math.round(d.mood)}
            title={s.chartPoint(dates.format(d.date), num(d.mood))}
            cx={x(d.date)}
            cy={y(d.mood)}
            r={numbered ? 10 : 4}
            label={numbered ? Math.round(d.mood) : undefined}
          />
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
      <ChartTable
        caption={s.chartTableCaption}
        columns={[s.colDate, s.colMood, s.colAverage]}
        rows={days.map((d, i) => ({
          key: d.date,
          cells: [
            dates.format(d.date),
            <>
              {num(d.mood)} {MOOD_LABELS[Math.round(d.mood)] ?? ''}
            </>,
            num(averages[i]?.mood ?? d.mood),
          ],
        }))}
      />
    </figure>
  );
}
