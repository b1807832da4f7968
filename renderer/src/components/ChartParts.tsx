import type { ReactNode, SVGProps } from 'react';

/** The class names' stem: `mood-chart` for check-ins, `chart` for goals. */
type ChartClass = 'mood-chart' | 'chart';

/**
 * The value axis: each value's number at the left of the plot, `gap` units out, and (with
 * `grid`) a grid line across the plot at its height.
 */
export function ValueAxis({
  values,
  y,
  x0,
  x1,
  gap,
  stem,
  grid = true,
  format = (v) => v,
}: {
  values: readonly number[];
  y: (value: number) => number;
  x0: number;
  x1: number;
  gap: number;
  stem: ChartClass;
  grid?: boolean;
  format?: (value: number) => ReactNode;
}) {
  return values.map((v) => {
    const tick = (
      <text
        key={grid ? undefined : v}
        className={`${stem}__tick`}
        x={x0 - gap}
        y={y(v)}
        textAnchor="end"
        dominantBaseline="middle"
      >
        {format(v)}
      </text>
    );
    if (!grid) return tick;
    return (
      <g key={v}>
        <line className={`${stem}__grid`} x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
        {tick}
      </g>
    );
  });
}

/** The dates under the plot at baseline `y`: the first starts there, the last ends there. */
export function DateTicks({
  dates,
  x,
  y,
  stem,
  format,
}: {
  dates: readonly string[];
  x: (isoDate: string) => number;
  y: number;
  stem: ChartClass;
  format: (isoDate: string) => string;
}) {
  return dates.map((d, i) => (
    <text
      key={d}
      className={`${stem}__tick`}
      x={x(d)}
      y={y}
      textAnchor={i === 0 ? 'start' : i === dates.length - 1 ? 'end' : 'middle'}
    >
      {format(d)}
    </text>
  ));
}

/**
 * One data point: a circle with its description as a tooltip and, when `label` is given, its
 * number inside. Other attributes (class, data-*) go on the point's group.
 */
export function NumberedPoint({
  title,
  cx,
  cy,
  r,
  label,
  ...group
}: {
  title: string;
  cx: number;
  cy: number;
  r: number;
  label?: number;
} & Omit<SVGProps<SVGGElement>, 'children'>) {
  return (
    <g {...group}>
      <title>{title}</title>
      <circle cx={cx} cy={cy} r={r} />
      {label !== undefined && (
        <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central">
          {label}
        </text>
      )}
    </g>
  );
}

/**
 * The chart's figures for screen readers: a visually hidden table, one column header a
 * column and one row a datum (`key` is the row's React key).
 */
export function ChartTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}) {
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={columns[i] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
