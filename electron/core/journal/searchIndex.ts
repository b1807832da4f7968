import MiniSearch from 'minisearch';
import { docToText, type Entry } from '../../../shared/journal';
import {
  firstMatch,
  foldText,
  makeSnippet,
  queryTerms,
  type SearchHit,
} from '../../../shared/search';

interface IndexedDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
}

/**
 * Full-text search over the unlocked journal. Lives only in memory (never written to disk),
 * is built in small slices after unlock so the first screen is not delayed, and is updated on
 * every save and delete.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<IndexedDoc>({
    fields: ['title', 'text', 'tags'],
    storeFields: [],
    processTerm: (term) => foldText(term),
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0),
    searchOptions: {
      boost: { title: 3, tags: 2 },
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
    },
  });
  private readonly entries = new Map<string, Entry>();
  private readonly texts = new Map<string, string>();
  private building: Promise<void> | null = null;
  private cancelled = false;

  /** Indexes `entries` in slices, yielding to the event loop between them. */
  build(entries: readonly Entry[], sliceSize = 250): Promise<void> {
    this.building ??= (async () => {
      for (let i = 0; i < entries.length; i += sliceSize) {
        if (this.cancelled) return;
        for (const entry of entries.slice(i, i + sliceSize)) this.upsert(entry);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    return this.building;
  }

  get ready(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(entry: Entry): void {
    const text = docToText(entry.content);
    if (this.entries.has(entry.id)) this.mini.discard(entry.id);
    this.entries.set(entry.id, entry);
    this.texts.set(entry.id, text);
    this.mini.add({ id: entry.id, title: entry.title, text, tags: entry.tags.join(' ') });
  }

  remove(id: string): void {
    if (!this.entries.has(id)) return;
    this.mini.discard(id);
    this.entries.delete(id);
    this.texts.delete(id);
  }

  search(query: string, limit = 30): SearchHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const result of this.mini.search(terms.join(' '))) {
      const entry = this.entries.get(String(result.id));
      if (!entry || entry.deletedAt !== null) continue;
      const matched = result.terms.length > 0 ? result.terms : terms;
      const text = this.texts.get(entry.id) ?? '';
      const inText = firstMatch(text, matched) >= 0;
      const inTitle = firstMatch(entry.title, matched) >= 0;
      const source = inText ? text : inTitle ? entry.title : entry.tags.join(', ');
      const { snippet, highlights } = makeSnippet(source, matched);
      hits.push({
        entryId: entry.id,
        date: entry.date,
        title: entry.title,
        snippet,
        highlights,
        field: inText ? 'text' : inTitle ? 'title' : 'tags',
        score: result.score,
      });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  dispose(): void {
    this.cancelled = true;
    this.mini.removeAll();
    this.entries.clear();
    this.texts.clear();
  }
}
