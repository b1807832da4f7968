import { dayNumber, fromDayNumber } from '../../../../shared/dates';
import type { Box } from '../../components/chartGeometry';

/**
 * The geometry of a goal's progress chart, kept apart from the SVG so it can be tested:
 * which days and values the axes cover, "nice" tick values, and day/value → pixel maps.
 */

export type { Box };

export interface ChartScale {
  box: Box;
  minDay: number;
  maxDay: number;
  minValue: number;
  maxValue: number;
  yTicks: number[];
  xTicks: string[];
  x: (isoDate: string) => number;
  y: (value: number) => number;
}

/** Round step sizes (1, 2, 2.5, 5 × 10^k) so the axis reads like a ruler. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

/** Ticks covering [min, max], starting and ending on multiples of a nice step. */
export function niceTicks(min: number, max: number, maxTicks = 5): number[] {
  let lo = min;
  let hi = max;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, maxTicks);
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step * 1e-6; v += step) {
    ticks.push(Math.round(v * 1e9) / 1e9);
  }
  return ticks;
}

/** Evenly spread day ticks (first and last day always included), at most `count`. */
export function dayTicks(minDay: number, maxDay: number, count = 5): string[] {
  const span = maxDay - minDay;
  if (span <= 0) return [fromDayNumber(minDay)];
  const n = Math.min(count, span + 1);
  const days = new Set<number>();
  for (let i = 0; i < n; i += 1) days.add(Math.round(minDay + (span * i) / Math.max(1, n - 1)));
  return [...days].map(fromDayNumber);
}

export interface ChartData {
  dates: string[];
  values: number[];
}

/** The scale for every date and value the chart will draw (check-ins, lines, milestones). */
export function chartScale(data: ChartData, box: Box): ChartScale {
  const days = data.dates.map(dayNumber);
  let minDay = days.length > 0 ? Math.min(...days) : 0;
  let maxDay = days.length > 0 ? Math.max(...days) : 0;
  if (maxDay - minDay < 6) {
    // A single day would be a zero-width chart: show at least a week around it.
    const mid = Math.round((minDay + maxDay) / 2);
    minDay = mid - 3;
    maxDay = mid + 3;
  }
  const values = data.values.filter(Number.isFinite);
  const yTicks = niceTicks(
    values.length > 0 ? Math.min(...values) : 0,
    values.length > 0 ? Math.max(...values) : 1,
  );
  const minValue = yTicks[0] ?? 0;
  const maxValue = yTicks[yTicks.length - 1] ?? 1;
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  return {
    box,
    minDay,
    maxDay,
    minValue,
    maxValue,
    yTicks,
    xTicks: dayTicks(minDay, maxDay),
    x: (isoDate) => box.left + ((dayNumber(isoDate) - minDay) / (maxDay - minDay)) * plotW,
    y: (value) => box.top + plotH - ((value - minValue) / (maxValue - minValue || 1)) * plotH,
  };
}
