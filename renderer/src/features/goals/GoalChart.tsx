import { idealLine, latestValue, sortedCheckins } from '../../../../shared/goalProgress';
import type { Goal } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ChartTable, DateTicks, ValueAxis } from '../../components/ChartParts';
import { linePoints, plotEdges } from '../../components/chartGeometry';
import { chartScale, type Box } from './chartScale';
import { ChartLegend } from './ChartLegend';
import { formatValue } from './goalView';
import { goalStrings as s, num } from './strings';

const BOX: Box = { width: 640, height: 280, left: 52, right: 20, top: 18, bottom: 34 };

/**
 * Check-ins against the starting point, the target and the steady pace to the target date,
 * with milestones marked. Lines differ by dash pattern and label as well as colour; the
 * picture has a text alternative and the numbers are in a table for screen readers.
 */
export function GoalChart({ goal }: { goal: Goal }) {
  const dates = useDateFormatter();
  const checkins = sortedCheckins(goal);
  const ideal = idealLine(goal);
  const { baseline, target } = goal.measure;
  const milestones = goal.milestones.filter(
    (m): m is typeof m & { doneOn: string } => m.doneOn !== null,
  );
  const fmt = (v: number | null) => formatValue(goal.measure, v);

  const first = checkins[0];
  const last = checkins[checkins.length - 1];
  const alt = [
    first && last
      ? s.chartSummary(checkins.length, dates.format(first.date), dates.format(last.date))
      : s.chartEmpty,
    s.chartLines(baseline === null ? null : fmt(baseline), target === null ? null : fmt(target)),
    last ? s.chartLatest(fmt(latestValue(goal))) : '',
    s.chartMilestones(milestones.length),
  ]
    .filter(Boolean)
    .join(' ');

  if (checkins.length === 0 && ideal === null) {
    return (
      <section className="goal-card goal-chart" aria-labelledby="goal-chart">
        <h2 id="goal-chart">{s.chartHeading}</h2>
        <p className="muted">{s.chartEmpty}</p>
      </section>
    );
  }

  const scale = chartScale(
    {
      dates: [
        ...checkins.map((c) => c.date),
        ...(ideal ?? []).map((p) => p.date),
        ...milestones.map((m) => m.doneOn),
      ],
      values: [
        ...checkins.map((c) => c.value),
        ...(baseline === null ? [] : [baseline]),
        ...(target === null ? [] : [target]),
      ],
    },
    BOX,
  );
  const { x, y } = scale;
  const { x0, x1, yTop, yBottom } = plotEdges(BOX);
  const points = linePoints(
    checkins,
    (c) => x(c.date),
    (c) => y(c.value),
  );

  return (
    <section className="goal-card goal-chart" aria-labelledby="goal-chart">
      <h2 id="goal-chart">{s.chartHeading}</h2>
      <svg
        className="chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={alt}
        preserveAspectRatio="xMidYMid meet"
      >
        <ValueAxis values={scale.yTicks} y={y} x0={x0} x1={x1} gap={8} stem="chart" format={num} />
        <DateTicks dates={scale.xTicks} x={x} y={yBottom + 22} stem="chart" format={dates.format} />
        <line className="chart__axis" x1={x0} x2={x1} y1={yBottom} y2={yBottom} />
        {milestones.map((m) => (
          <g key={m.id} className="chart__milestone">
            <line x1={x(m.doneOn)} x2={x(m.doneOn)} y1={yTop} y2={yBottom} />
            <path d={`M${x(m.doneOn)},${yBottom - 7} l7,7 l-7,7 l-7,-7 z`}>
              <title>{`${m.title} — ${dates.format(m.doneOn)}`}</title>
            </path>
          </g>
        ))}
        {baseline !== null && (
          <g className="chart__baseline">
            <line x1={x0} x2={x1} y1={y(baseline)} y2={y(baseline)} />
            <text x={x1} y={y(baseline) - 5} textAnchor="end">
              {s.chartLegend.baseline}
            </text>
          </g>
        )}
        {target !== null && (
          <g className="chart__target">
            <line x1={x0} x2={x1} y1={y(target)} y2={y(target)} />
            <text x={x1} y={y(target) - 5} textAnchor="end">
              {s.chartLegend.target}
            </text>
          </g>
        )}
        {ideal && (
          <polyline
            className="chart__ideal"
            points={linePoints(
              ideal,
              (p) => x(p.date),
              (p) => y(p.value),
            )}
          />
        )}
        {checkins.length > 1 && <polyline className="chart__checkins" points={points} />}
        {checkins.map((c) => (
          <circle key={c.id} className="chart__point" cx={x(c.date)} cy={y(c.value)} r={4.5}>
            <title>{`${dates.format(c.date)}: ${fmt(c.value)}`}</title>
          </circle>
        ))}
      </svg>
      <ChartLegend ideal={ideal !== null} milestones={milestones.length > 0} />
      <ChartTable
        caption={s.chartTableCaption}
        columns={[s.colDate, s.colValue]}
        rows={checkins.map((c) => ({
          key: c.id,
          cells: [dates.format(c.date), fmt(c.value)],
        }))}
      />
    </section>
  );
}
