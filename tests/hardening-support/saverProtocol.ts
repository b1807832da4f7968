import { createHash } from 'node:crypto';
import type { Entry } from '../../shared/journal';

/** What the crash test compares: a short hash of an entry's date, title and content. */
export function entryHash(entry: Pick<Entry, 'date' | 'title' | 'content'>): string {
  return createHash('sha256')
    .update(JSON.stringify([entry.date, entry.title, entry.content]))
    .digest('hex')
    .slice(0, 16);
}

/** Small deterministic generator (mulberry32), so a failing run can be replayed by seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
