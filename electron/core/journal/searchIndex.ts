import MiniSearch from 'minisearch';
import { docToText, type Entry } from '../../../shared/journal';
import { linkKey } from '../../../shared/linkTitles';
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
  /** Current titles of the goals, thought records and plans the entry links to. */
  links: string;
}

const NO_TITLES: () => ReadonlyMap<string, string> = () => new Map();

/**
 * Full-text search over the unlocked journal. Lives only in memory (never written to disk),
 * is built in small slices after unlock so the first screen is not delayed, and is updated on
 * every save and delete.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<IndexedDoc>({
    fields: ['title', 'text', 'tags', 'links'],
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
  /** Which entries link to each `kind:id`, so a renamed goal re-indexes only those. */
  private readonly linkedBy = new Map<string, Set<string>>();
  private titles: ReadonlyMap<string, string> | null = null;
  private building: Promise<void> | null = null;
  private cancelled = false;

  /** `linkTitles` gives the current title of every linkable record, keyed `kind:id`. */
  constructor(private readonly linkTitles: () => ReadonlyMap<string, string> = NO_TITLES) {}

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
    const previous = this.entries.get(entry.id);
    if (previous) {
      this.mini.discard(entry.id);
      this.unlink(previous);
    }
    this.entries.set(entry.id, entry);
    this.texts.set(entry.id, text);
    for (const link of entry.links) {
      const key = linkKey(link.kind, link.id);
      let ids = this.linkedBy.get(key);
      if (!ids) this.linkedBy.set(key, (ids = new Set()));
      ids.add(entry.id);
    }
    this.mini.add({
      id: entry.id,
      title: entry.title,
      text,
      tags: entry.tags.join(' '),
      links: this.linkedTitles(entry),
    });
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.mini.discard(id);
    this.unlink(entry);
    this.entries.delete(id);
    this.texts.delete(id);
  }

  private unlink(entry: Entry): void {
    for (const link of entry.links) {
      const key = linkKey(link.kind, link.id);
      const ids = this.linkedBy.get(key);
      ids?.delete(entry.id);
      if (ids?.size === 0) this.linkedBy.delete(key);
    }
  }

  private linkedTitles(entry: Entry): string {
    this.titles ??= this.linkTitles();
    const titles = this.titles;
    return entry.links
      .map((l) => titles.get(linkKey(l.kind, l.id)) ?? '')
      .filter((t) => t !== '')
      .join(' · ');
  }

  /**
   * Brings entries up to date with the titles of what they link to: a goal, thought record or
   * plan renamed (or deleted) since they were indexed re-indexes just the entries linking to it.
   */
  private refreshLinkTitles(): void {
    const before = this.titles;
    const now = this.linkTitles();
    if (before === null || now === before) {
      this.titles = now;
      return;
    }
    this.titles = now;
    const stale = new Set<string>();
    for (const [key, ids] of this.linkedBy) {
      if (before.get(key) !== now.get(key)) for (const id of ids) stale.add(id);
    }
    for (const id of stale) {
      const entry = this.entries.get(id);
      if (entry) this.upsert(entry);
    }
  }

  search(query: string, limit = 30): SearchHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    this.refreshLinkTitles();
    const hits: SearchHit[] = [];
    for (const result of this.mini.search(terms.join(' '))) {
      const entry = this.entries.get(String(result.id));
      if (!entry || entry.deletedAt !== null) continue;
      const matched = result.terms.length > 0 ? result.terms : terms;
      const text = this.texts.get(entry.id) ?? '';
      const inText = firstMatch(text, matched) >= 0;
      const inTitle = firstMatch(entry.title, matched) >= 0;
      const inTags = firstMatch(entry.tags.join(' '), matched) >= 0;
      const field = inText ? 'text' : inTitle ? 'title' : inTags ? 'tags' : 'links';
      const source = {
        text,
        title: entry.title,
        tags: entry.tags.join(', '),
        links: this.linkedTitles(entry),
      }[field];
      const { snippet, highlights } = makeSnippet(source, matched);
      hits.push({
        entryId: entry.id,
        date: entry.date,
        title: entry.title,
        snippet,
        highlights,
        field,
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
    this.linkedBy.clear();
    this.titles = null;
  }
}
