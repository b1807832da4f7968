import { useId } from 'react';
import { addDays } from '../../../../shared/dates';
import { INSTRUMENTS, scoreSeries, type Measure } from '../../../../shared/measures';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ChartTable, DateTicks, NumberedPoint, ValueAxis } from '../../components/ChartParts';
import { linePoints, plotEdges } from '../../components/chartGeometry';
import { checkinStrings as s } from './strings';
import { bandSpans, linearScale, moodScale, type Box, type PeriodRange } from './trends';

const BOX: Box = { width: 640, height: 230, left: 36, right: 170, top: 12, bottom: 34 };

/**
 * A questionnaire's totals over the period on its severity bands: each band is shaded (a
 * deeper shade per band) and named in text beside it, each point carries its total, and the
 * figures are in a visually hidden table too.
 */
export function MeasureChart({
  instrumentId,
  measures,
  range,
  phrase,
}: {
  instrumentId: Measure['instrument'];
  measures: readonly Measure[];
  range: PeriodRange;
  phrase: string;
}) {
  const dates = useDateFormatter();
  const id = useId();
  const instrument = INSTRUMENTS[instrumentId];
  const max = instrument.items.length * 3;
  const rows = scoreSeries(measures, instrumentId).filter(
    (r) => r.measure.date >= range.from && r.measure.date <= range.to,
  );
  const bands = bandSpans(instrument.bands, max);
  const { x } = moodScale(range.to, range.days, BOX);
  // Three dates fit under the narrower plot: first, middle, last.
  const xTicks = [range.from, addDays(range.from, Math.floor((range.days - 1) / 2)), range.to];
  const { x0, x1, yBottom } = plotEdges(BOX);
  const y = linearScale(0, max, yBottom, BOX.top);
  const headingId = `${id}-heading`;
  const latest = rows.at(-1);
  const desc = latest
    ? s.measureSummary(
        instrument.name,
        phrase,
        rows.length,
        max,
        latest.total,
        latest.band,
        dates.format(latest.measure.date),
      )
    : s.measureChartEmpty(instrument.name, phrase);

  const heading = (
    <h4 id={headingId} className="tracker-chart__name">
      {s.measureChartHeading(instrument.name)}
    </h4>
  );
  if (!latest) {
    return (
      <figure className="measure-chart" aria-labelledby={headingId}>
        {heading}
        <p className="muted">{desc}</p>
      </figure>
    );
  }

  return (
    <figure className="measure-chart" aria-labelledby={headingId}>
      {heading}
      <svg
        className="mood-chart__svg measure-chart__svg"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{`${s.measureChartHeading(instrument.name)}, ${phrase}`}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {bands.map((b, i) => (
          <g key={b.label} className="measure-chart__band-group">
            <rect
              className={`measure-chart__band measure-chart__band--${i}`}
              x={x0}
              width={x1 - x0}
              y={y(b.high)}
              height={y(b.low) - y(b.high)}
            />
            <line
              className="measure-chart__band-edge"
              x1={x0}
              x2={x1}
              y1={y(b.high)}
              y2={y(b.high)}
            />
            <text
              className="measure-chart__band-label"
              x={x1 + 8}
              y={(y(b.low) + y(b.high)) / 2}
              dominantBaseline="middle"
            >
              {`${b.label} ${b.min}–${b.max}`}
            </text>
          </g>
        ))}
        <ValueAxis values={[0, max]} y={y} x0={x0} x1={x1} gap={8} stem="mood-chart" grid={false} />
        <line className="mood-chart__axis" x1={x0} x2={x1} y1={yBottom} y2={yBottom} />
        <DateTicks dates={xTicks} x={x} y={yBottom + 22} stem="mood-chart" format={dates.format} />
        {rows.length > 1 && (
          <polyline
            className="mood-chart__line"
            points={linePoints(
              rows,
              (r) => x(r.measure.date),
              (r) => y(r.total),
            )}
          />
        )}
        {rows.map((r) => (
          <NumberedPoint
            key={r.measure.id}
            className="mood-chart__point measure-chart__point"
            title={s.measurePoint(dates.format(r.measure.date), r.total, r.band)}
            cx={x(r.measure.date)}
            cy={y(r.total)}
            r={11}
            label={r.total}
          />
        ))}
      </svg>
      <ChartTable
        caption={s.measureTableCaption(instrument.name)}
        columns={[s.colDate, s.colScore, s.colBand]}
        rows={rows.map((r) => ({
          key: r.measure.id,
          cells: [dates.format(r.measure.date), s.total(r.total, max), r.band],
        }))}
      />
    </figure>
  );
}
