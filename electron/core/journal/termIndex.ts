import { detachedCopy } from '../../../shared/journal';
import { foldText } from '../../../shared/search';
import {
  addPosting,
  emptyPosting,
  filterPosting,
  PostingReader,
  trimPosting,
  type Posting,
} from './postings';

/**
 * A small in-memory inverted index with BM25 ranking that returns only the best `limit`
 * documents. It replaced MiniSearch for the journal: at 20,000 entries a common word matches
 * nearly every entry, and MiniSearch builds a result object for each of them and sorts them
 * all (44 ms p95); here matching documents only add into a score array, and the top few are
 * picked in one pass (see docs/decisions.md, "Performance").
 *
 * Documents live in slots. Replacing or removing a document retires its slot (never reused);
 * postings that point at retired slots are skipped, and compacted when they come up in a
 * query with more dead than live slots, so no edit ever walks the whole index. Postings are
 * packed bytes (`postings.ts`), and a new term keeps its own copy of the token, so the index
 * holds no entry's text.
 */

/** BM25 constants as MiniSearch used them, so ranking stays familiar. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** A prefix expansion counts less than the word itself, more so the longer it runs on. */
const PREFIX_WEIGHT = 0.375;

export interface TermMatch<Id> {
  id: Id;
  score: number;
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

export class TermIndex<Id> {
  /** One map per field: term → its postings in that field. */
  private readonly postings: Map<string, Posting>[];
  /** Every term seen, bucketed by its first character, for prefix search. */
  private readonly byFirstChar = new Map<string, Set<string>>();
  private readonly slotOf = new Map<Id, number>();
  private readonly idOf: (Id | undefined)[] = [];
  /** Token count of each field, per slot. */
  private readonly lengths: number[][];
  private readonly totalLength: number[];
  private live = 0;

  constructor(private readonly boosts: readonly number[]) {
    this.postings = boosts.map(() => new Map<string, Posting>());
    this.lengths = boosts.map(() => []);
    this.totalLength = boosts.map(() => 0);
  }

  get size(): number {
    return this.live;
  }

  has(id: Id): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a document, replacing any earlier version; `fields` in the order of the boosts. */
  set(id: Id, fields: readonly string[]): void {
    this.delete(id);
    const slot = this.idOf.length;
    this.idOf.push(id);
    this.slotOf.set(id, slot);
    this.live += 1;
    this.boosts.forEach((_, f) => {
      const counts = new Map<string, number>();
      const tokens = tokenize(fields[f] ?? '');
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      const field = this.postings[f];
      const lengths = this.lengths[f];
      if (!field || !lengths) return;
      lengths[slot] = tokens.length;
      this.totalLength[f] = (this.totalLength[f] ?? 0) + tokens.length;
      for (const [term, freq] of counts) {
        let posting = field.get(term);
        if (!posting) {
          posting = emptyPosting();
          // A long token is a view into the entry's whole folded text: keep a copy instead.
          const own = detachedCopy(term);
          field.set(own, posting);
          this.rememberTerm(own);
        }
        addPosting(posting, slot, freq);
      }
    });
  }

  delete(id: Id): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.idOf[slot] = undefined;
    this.live -= 1;
    this.lengths.forEach((lengths, f) => {
      this.totalLength[f] = (this.totalLength[f] ?? 0) - (lengths[slot] ?? 0);
    });
  }

  /** Releases the room postings kept to grow into; call when a bulk of additions is done. */
  trim(): void {
    for (const field of this.postings) for (const posting of field.values()) trimPosting(posting);
  }

  clear(): void {
    for (const field of this.postings) field.clear();
    for (const lengths of this.lengths) lengths.length = 0;
    this.totalLength.fill(0);
    this.byFirstChar.clear();
    this.slotOf.clear();
    this.idOf.length = 0;
    this.live = 0;
  }

  /**
   * Documents containing every term (the last one also as a prefix), best first, at most
   * `limit`, skipping those `accept` turns down. Ties go to the document added first.
   */
  search(terms: readonly string[], limit: number, accept: (id: Id) => boolean): TermMatch<Id>[] {
    if (terms.length === 0 || limit <= 0) return [];
    const slots = this.idOf.length;
    const score = new Float64Array(slots);
    /** How many query terms each slot has matched so far. */
    const matched = new Uint16Array(slots);
    let candidates: number[] = [];
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i] ?? '';
      const expansions: [string, number][] = [[term, 1]];
      if (i === terms.length - 1) {
        for (const other of this.byFirstChar.get(term.charAt(0)) ?? []) {
          if (other.length > term.length && other.startsWith(term)) {
            const extra = other.length - term.length;
            expansions.push([other, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * extra)]);
          }
        }
      }
      const next: number[] = [];
      for (const [word, weight] of expansions) {
        this.postings.forEach((field, f) => {
          const posting = field.get(word);
          if (posting) this.scorePosting(posting, f, weight, i, score, matched, next);
        });
      }
      candidates = i === 0 ? next : candidates.filter((slot) => matched[slot] === i + 1);
      if (candidates.length === 0) return [];
    }

    // One pass keeps the best `limit` in a small sorted list; most candidates lose to its last.
    const best: number[] = [];
    for (const slot of candidates) {
      if (matched[slot] !== terms.length) continue;
      const s = score[slot] ?? 0;
      if (best.length === limit && s <= (score[best[best.length - 1] ?? 0] ?? 0)) continue;
      const id = this.idOf[slot];
      if (id === undefined || !accept(id)) continue;
      let at = best.length;
      while (at > 0 && (score[best[at - 1] ?? 0] ?? 0) < s) at -= 1;
      best.splice(at, 0, slot);
      if (best.length > limit) best.pop();
    }
    return best.map((slot) => ({ id: this.idOf[slot] as Id, score: score[slot] ?? 0 }));
  }

  private scorePosting(
    posting: Posting,
    f: number,
    weight: number,
    termIndex: number,
    score: Float64Array,
    matched: Uint16Array,
    firstSeen: number[],
  ): void {
    let alive = 0;
    const counting = new PostingReader(posting);
    while (counting.next()) if (this.idOf[counting.slot] !== undefined) alive += 1;
    if (alive === 0) return;
    if (alive * 2 < posting.count) filterPosting(posting, (slot) => this.idOf[slot] !== undefined);
    const idf = Math.log(1 + (this.live - alive + 0.5) / (alive + 0.5));
    const boost = (this.boosts[f] ?? 1) * weight;
    const lengths = this.lengths[f] ?? [];
    const average = (this.totalLength[f] ?? 0) / Math.max(1, this.live) || 1;
    const reader = new PostingReader(posting);
    while (reader.next()) {
      const slot = reader.slot;
      if (this.idOf[slot] === undefined) continue;
      // Every earlier term must have matched this document (AND).
      const seen = matched[slot] ?? 0;
      if (seen < termIndex) continue;
      if (seen === termIndex) {
        matched[slot] = termIndex + 1;
        if (termIndex === 0) firstSeen.push(slot);
      }
      const tf = reader.freq;
      const norm = tf + K * (1 - B + (B * (lengths[slot] ?? 0)) / average);
      score[slot] = (score[slot] ?? 0) + boost * idf * (D + (tf * (K + 1)) / norm);
    }
  }

  private rememberTerm(term: string): void {
    const first = term.charAt(0);
    let bucket = this.byFirstChar.get(first);
    if (!bucket) {
      bucket = new Set();
      this.byFirstChar.set(first, bucket);
    }
    bucket.add(term);
  }
}
