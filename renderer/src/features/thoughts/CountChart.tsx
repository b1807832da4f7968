import type { CountBucket, Unit } from '../../../../shared/thoughtInsights';
import { thoughtStrings as s } from './strings';

interface Props {
  buckets: CountBucket[];
  unit: Unit;
  /** Label for a bucket's start day. */
  label: (start: string) => string;
}

const BAR_AREA = 120;
const TOP = 18;
const SIDE = 18;
const SLOT = 46;

/**
 * Records per week or month as an SVG bar chart. Finished records are filled bars, drafts
 * outlined bars stacked on top, each with its number — shape and numbers, not colour alone.
 * The picture is one image with a text alternative; the numbers are in the list below it.
 */
export function CountChart({ buckets, unit, label }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.complete + b.drafts));
  const slot = SLOT;
  const width = Math.max(buckets.length, 1) * slot + SIDE * 2;
  const height = TOP + BAR_AREA + 34;
  const complete = buckets.reduce((n, b) => n + b.complete, 0);
  const drafts = buckets.reduce((n, b) => n + b.drafts, 0);
  const every = Math.ceil(buckets.length / 14);
  return (
    <figure className="count-chart">
      <div className="count-chart__scroll">
        <svg
          role="img"
          aria-label={s.overTimeAlt(complete, drafts, buckets.length, unit)}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          <line
            x1={0}
            x2={width}
            y1={TOP + BAR_AREA}
            y2={TOP + BAR_AREA}
            className="count-chart__axis"
          />
          {buckets.map((b, i) => {
            const x = SIDE + i * slot + 8;
            const w = slot - 16;
            const hc = (b.complete / max) * BAR_AREA;
            const hd = (b.drafts / max) * BAR_AREA;
            const total = b.complete + b.drafts;
            return (
              <g key={b.start}>
                {hc > 0 && (
                  <rect
                    x={x}
                    y={TOP + BAR_AREA - hc}
                    width={w}
                    height={hc}
                    className="count-chart__done"
                  />
                )}
                {hd > 0 && (
                  <rect
                    x={x + 1}
                    y={TOP + BAR_AREA - hc - hd + 1}
                    width={w - 2}
                    height={Math.max(hd - 2, 1)}
                    className="count-chart__draft"
                  />
                )}
                {total > 0 && (
                  <text
                    x={x + w / 2}
                    y={TOP + BAR_AREA - hc - hd - 4}
                    className="count-chart__value"
                    textAnchor="middle"
                  >
                    {total}
                  </text>
                )}
                {i % every === 0 && (
                  <text
                    x={x + w / 2}
                    y={TOP + BAR_AREA + 16}
                    className="count-chart__label"
                    textAnchor="middle"
                  >
                    {label(b.start)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="chart-legend">
        <span>
          <span className="legend-swatch legend-swatch--done" aria-hidden="true" />
          {s.legendComplete}
        </span>
        <span>
          <span className="legend-swatch legend-swatch--draft" aria-hidden="true" />
          {s.legendDrafts}
        </span>
      </figcaption>
    </figure>
  );
}
