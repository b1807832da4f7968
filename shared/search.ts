/**
 * Search text folding shared by the index (main) and highlighting (renderer): case- and
 * diacritic-insensitive ("Zürich" matches "zurich", "café" matches "CAFE").
 */
export function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[ -~]*$/;

export function foldText(text: string): string {
  // Fast path: printable ASCII only needs lower-casing (most words, most of the time).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Index in `text` of the first match of any term, or -1 (folded comparison). */
export function firstMatch(text: string, terms: readonly string[]): number {
  const folded = foldText(text);
  const oneToOne = folded.length === text.length;
  let best = -1;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  if (best < 0 || oneToOne) return best;
  // Folding changed the length (decomposed letters): map back precisely.
  return foldWithMap(text).map[best] ?? -1;
}

/** Folded text plus, for each folded character, the index of its original character. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let i = 0; i < f.length; i += 1) map.push(index);
    index += ch.length;
  }
  map.push(index);
  return { folded, map };
}

export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

export interface SearchHit {
  entryId: string;
  date: string;
  title: string;
  /** The entry's first line, to name it when it has no title. */
  firstLine: string;
  /** A short excerpt around the first match. */
  snippet: string;
  /** [start, end) ranges inside `snippet` to highlight. */
  highlights: [number, number][];
  /** Where the match was found. */
  field: 'title' | 'text' | 'tags' | 'links';
  score: number;
}

/** An excerpt of `text` around the first match of any term, with highlight ranges. */
export function makeSnippet(
  text: string,
  terms: string[],
  radius = 70,
): { snippet: string; highlights: [number, number][] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = firstMatch(flat, terms);
  const center = Math.max(0, first);
  let start = Math.max(0, center - radius);
  let end = Math.min(flat.length, center + radius);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < center) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > center) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const body = flat.slice(start, end);
  const snippet = `${prefix}${body}${suffix}`;
  const highlights: [number, number][] = [];
  const foldedBody = foldWithMap(body);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = foldedBody.folded.indexOf(term, from);
      if (at < 0) break;
      const s = (foldedBody.map[at] ?? 0) + prefix.length;
      const e = (foldedBody.map[at + term.length] ?? body.length) + prefix.length;
      highlights.push([s, e]);
      from = at + term.length;
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of highlights) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return { snippet, highlights: merged };
}
