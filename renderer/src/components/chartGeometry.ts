/**
 * What the SVG charts (mood, trackers, questionnaires, goals) share: the box they are drawn
 * in, the edges of the plot inside its margins, and the points of a polyline.
 */

/** A chart's size and its margins around the plot, in SVG units. */
export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plot's edges: left and right x, top and bottom (the date axis) y. */
export function plotEdges(box: Box) {
  return {
    x0: box.left,
    x1: box.width - box.right,
    yTop: box.top,
    yBottom: box.height - box.bottom,
  };
}

/** A polyline's `points`, one "x,y" pair a datum, to a tenth of a unit. */
export function linePoints<T>(
  list: readonly T[],
  x: (datum: T) => number,
  y: (datum: T) => number,
): string {
  return list.map((d) => `${x(d).toFixed(1)},${y(d).toFixed(1)}`).join(' ');
}
