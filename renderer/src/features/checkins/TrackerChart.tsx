import { useId, type ReactNode } from 'react';
import type { MoodCheckin, Tracker } from '../../../../shared/checkin';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ChartTable, NumberedPoint, ValueAxis } from '../../components/ChartParts';
import { linePoints, plotEdges } from '../../components/chartGeometry';
import { checkinStrings as s, num } from './strings';
import {
  dateScale,
  linearScale,
  summarize,
  trackerDays,
  weeklyCounts,
  type Box,
  type PeriodRange,
} from './trends';

const BOX: Box = { width: 360, height: 150, left: 30, right: 14, top: 16, bottom: 30 };

/**
 * One small chart per tracker: a 0–10 rating as a line with points, a yes/no as a bar per
 * week counting the days with "yes". Each has a title and description for screen readers and
 * a visually hidden table; every bar and (while they fit) every point carries its number.
 */
export function TrackerChart({
  tracker,
  checkins,
  range,
  phrase,
  weekStart,
}: {
  tracker: Tracker;
  checkins: readonly MoodCheckin[];
  range: PeriodRange;
  phrase: string;
  weekStart: number;
}) {
  const dates = useDateFormatter();
  const id = useId();
  const days = trackerDays(checkins, tracker, range.from, range.to);
  const { x0, x1, yBottom } = plotEdges(BOX);
  const headingId = `${id}-heading`;
  const descId = `${id}-desc`;

  const axis = (
    <>
      <line className="mood-chart__axis" x1={x0} x2={x1} y1={yBottom} y2={yBottom} />
      <text className="mood-chart__tick" x={x0} y={yBottom + 20} textAnchor="start">
        {dates.format(range.from)}
      </text>
      <text className="mood-chart__tick" x={x1} y={yBottom + 20} textAnchor="end">
        {dates.format(range.to)}
      </text>
    </>
  );

  let chart: ReactNode;
  let desc: string;
  let table: ReactNode;
  if (days.length === 0) {
    desc = s.trackerChartEmpty(tracker.name, phrase);
    chart = null;
    table = null;
  } else if (tracker.scale === 'rating') {
    const summary = summarize(days.map((d) => ({ date: d.date, mood: d.value, count: 1 })));
    desc = summary
      ? s.ratingSummary(
          tracker.name,
          phrase,
          summary.days,
          num(summary.average),
          num(summary.lowest),
          num(summary.highest),
        )
      : '';
    const x = dateScale(range, BOX);
    const y = linearScale(0, 10, yBottom, BOX.top);
    // Numbers inside the points only while neighbouring days don't overlap (each point's
    // title and the table carry the value either way).
    const numbered = (x1 - x0) / Math.max(1, range.days - 1) >= 18;
    chart = (
      <>
        <ValueAxis values={[0, 5, 10]} y={y} x0={x0} x1={x1} gap={8} stem="mood-chart" />
        {axis}
        {days.length > 1 && (
          <polyline
            className="mood-chart__line"
            points={linePoints(
              days,
              (d) => x(d.date),
              (d) => y(d.value),
            )}
          />
        )}
        {days.map((d) => (
          <NumberedPoint
            key={d.date}
            className="mood-chart__point tracker-chart__point"
            title={s.ratingPoint(dates.format(d.date), num(d.value))}
            cx={x(d.date)}
            cy={y(d.value)}
            r={numbered ? 8 : 3.5}
            label={numbered ? Math.round(d.value) : undefined}
          />
        ))}
      </>
    );
    table = (
      <ChartTable
        caption={s.trackerTableCaption(tracker.name)}
        columns={[s.colDate, s.colValue]}
        rows={days.map((d) => ({ key: d.date, cells: [dates.format(d.date), num(d.value)] }))}
      />
    );
  } else {
    const weeks = weeklyCounts(days, range.from, range.to, weekStart);
    const yes = weeks.reduce((n, w) => n + w.yes, 0);
    const recorded = weeks.reduce((n, w) => n + w.recorded, 0);
    desc = s.yesnoSummary(tracker.name, phrase, yes, recorded);
    const y = linearScale(0, 7, yBottom, BOX.top + 12);
    const slot = (x1 - x0) / weeks.length;
    const barW = Math.max(1, slot * 0.7);
    const numbered = weeks.length <= 16;
    chart = (
      <>
        <ValueAxis values={[0, 7]} y={y} x0={x0} x1={x1} gap={8} stem="mood-chart" />
        {weeks.map((w, i) => {
          const cx = x0 + slot * (i + 0.5);
          return (
            <g key={w.weekStart} className="tracker-chart__bar" data-yes={w.yes}>
              <title>{s.yesnoWeek(dates.format(w.weekStart), w.yes, w.recorded)}</title>
              <rect
                x={cx - barW / 2}
                y={y(w.yes)}
                width={barW}
                height={Math.max(0, yBottom - y(w.yes))}
              />
              {numbered && w.recorded > 0 && (
                <text x={cx} y={y(w.yes) - 4} textAnchor="middle">
                  {w.yes}
                </text>
              )}
            </g>
          );
        })}
        {axis}
      </>
    );
    table = (
      <ChartTable
        caption={s.trackerWeekTableCaption(tracker.name)}
        columns={[s.colWeek, s.colYesDays, s.colRecordedDays]}
        rows={weeks
          .filter((w) => w.recorded > 0)
          .map((w) => ({
            key: w.weekStart,
            cells: [dates.format(w.weekStart), w.yes, w.recorded],
          }))}
      />
    );
  }

  return (
    <figure className="tracker-chart" aria-labelledby={headingId}>
      <h4 id={headingId} className="tracker-chart__name">
        {tracker.name}
        <span className="tracker-chart__scale"> ({s.scales[tracker.scale]})</span>
      </h4>
      {chart ? (
        <>
          <svg
            className="mood-chart__svg tracker-chart__svg"
            viewBox={`0 0 ${BOX.width} ${BOX.height}`}
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={descId}
            preserveAspectRatio="xMidYMid meet"
          >
            <title id={`${id}-title`}>{`${tracker.name}, ${phrase}`}</title>
            <desc id={descId}>{desc}</desc>
            {chart}
          </svg>
          <figcaption className="tracker-chart__legend">
            {tracker.scale === 'rating' ? s.ratingLegend : s.yesnoLegend}
          </figcaption>
          {table}
        </>
      ) : (
        <p className="muted">{desc}</p>
      )}
    </figure>
  );
}
