/** Small statistics and the shapes the bench's processes hand each other as JSON. */

export interface Stat {
  median: number;
  p95: number;
  runs: number;
}

export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Milliseconds, readable: two decimals under 10, whole numbers above; — when unknown. */
export const fmt = (n: number | null): string =>
  n === null || !Number.isFinite(n)
    ? '—'
    : n < 10
      ? n.toFixed(2)
      : Math.round(n).toLocaleString('en');

/** The datasets: three synthetic sizes and the real diary. */
export const DATASETS = {
  '365': { label: '1 year (365)', entries: 365, years: 1 },
  '3650': { label: '10 years (3,650)', entries: 3650, years: 10 },
  '20000': { label: '20,000 entries', entries: 20_000, years: 10 },
  pepys: { label: 'Pepys diary (real)', entries: 3413, years: 10 },
} as const;
export type DatasetId = keyof typeof DATASETS;

/** Everything one dataset's measuring process reports (times in ms, sizes in MB). */
export interface DatasetFigures {
  id: DatasetId;
  entries: number;
  jsonMB: number;
  cheapKdfMs: number;
  firstScreen: Stat;
  fullyLoaded: Stat;
  indexReady: Stat;
  /** The measuring process before its first unlock (Node, tsx, the app's modules). */
  rssBeforeUnlockMB: number;
  rssAfterUnlockMB: number;
  heapAfterUnlockMB: number;
  saveMain: Stat;
  saveTotal: Stat;
  search: Record<string, Stat>;
  indexBuild: Stat;
  indexMemoryMB: number;
  summaryHtml: Stat;
  summaryPdf: Stat | null;
  summaryPdfPages: number;
  wholeFileSave: { plain: { main: Stat; total: Stat }; encrypted: { main: Stat; total: Stat } };
}

/** What the renderer bench (Playwright) reports. */
export interface RendererFigures {
  entries: number;
  unlockToHome: Stat;
  unlockToTimeline: Stat;
  searchAsYouType: Stat;
  keystrokeToPaint: Stat;
  jsHeapUsedMB: number;
  jsHeapTotalMB: number;
}
