import { describe, expect, it } from 'vitest';
import {
  chartScale,
  dayTicks,
  niceStep,
  niceTicks,
  type Box,
} from '../../../renderer/src/features/goals/chartScale';

const BOX: Box = { width: 640, height: 280, left: 52, right: 20, top: 18, bottom: 34 };

describe('goal chart scale', () => {
  it('picks ruler-like steps', () => {
    expect(niceStep(10, 5)).toBe(2.5);
    expect(niceStep(4, 5)).toBe(1);
    expect(niceStep(100, 5)).toBe(25);
    expect(niceStep(0.3, 4)).toBeCloseTo(0.1);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('ticks cover the values and start and end on a step', () => {
    expect(niceTicks(0, 30)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    const ticks = niceTicks(3.2, 17.9);
    expect(ticks[0]).toBeLessThanOrEqual(3.2);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(17.9);
  });

  it('gives a flat series some room', () => {
    const ticks = niceTicks(4, 4);
    expect(ticks[0]).toBeLessThan(4);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(4);
    expect(niceTicks(0, 0).length).toBeGreaterThan(1);
  });

  it('spreads day ticks, first and last included', () => {
    const ticks = dayTicks(20_000, 20_030);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]).toBe('2024-10-04');
    expect(ticks[4]).toBe('2024-11-03');
    expect(dayTicks(20_000, 20_000)).toEqual(['2024-10-04']);
    expect(dayTicks(20_000, 20_002)).toHaveLength(3);
  });

  it('maps days and values into the plot, higher values higher up', () => {
    const scale = chartScale({ dates: ['2026-11-01', '2026-12-01'], values: [0, 20, 30] }, BOX);
    expect(scale.x('2026-11-01')).toBe(BOX.left);
    expect(scale.x('2026-12-01')).toBe(BOX.width - BOX.right);
    expect(scale.y(0)).toBe(BOX.height - BOX.bottom);
    expect(scale.y(30)).toBe(BOX.top);
    expect(scale.y(20)).toBeLessThan(scale.y(10));
  });

  it('shows at least a week around a single day, across a leap day', () => {
    const scale = chartScale({ dates: ['2028-02-29'], values: [5] }, BOX);
    expect(scale.maxDay - scale.minDay).toBe(6);
    const x = scale.x('2028-02-29');
    expect(x).toBeGreaterThan(BOX.left);
    expect(x).toBeLessThan(BOX.width - BOX.right);
    expect(Number.isFinite(scale.y(5))).toBe(true);
  });

  it('never divides by zero with nothing to show', () => {
    const scale = chartScale({ dates: [], values: [] }, BOX);
    expect(Number.isFinite(scale.y(0))).toBe(true);
    expect(scale.xTicks.length).toBeGreaterThan(0);
  });
});
