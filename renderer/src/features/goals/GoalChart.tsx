import { idealLine, latestValue, sortedCheckins } from '../../../../shared/goalProgress';
import type { Goal } from '../../../../shared/goals';
import { useDateFormatter } from '../../app/useDateFormatter';
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
  const x0 = BOX.left;
  const x1 = BOX.width - BOX.right;
  const yTop = BOX.top;
  const yBottom = BOX.height - BOX.bottom;
  const points = checkins.map((c) => `${x(c.date).toFixed(1)},${y(c.value).toFixed(1)}`).join(' ');

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
        {scale.yTicks.map((v) => (
          <g key={v}>
            <line className="chart__grid" x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
            <text
              className="chart__tick"
              x={x0 - 8}
              y={y(v)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {num(v)}
            </text>
          </g>
        ))}
        {scale.xTicks.map((d, i) => (
          <text
            key={d}
            className="chart__tick"
            x={x(d)}
            y={yBottom + 22}
            textAnchor={i === 0 ? 'start' : i === scale.xTicks.length - 1 ? 'end' : 'middle'}
          >
            {dates.format(d)}
          </text>
        ))}
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
            points={ideal.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
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
      <table className="visually-hidden">
        <caption>{s.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colDate}</th>
            <th scope="col">{s.colValue}</th>
          </tr>
        </thead>
        <tbody>
          {checkins.map((c) => (
            <tr key={c.id}>
              <td>{dates.format(c.date)}</td>
              <td>{fmt(c.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
