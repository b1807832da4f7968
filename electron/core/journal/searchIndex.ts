import { docToText, firstLineOf, type Entry } from '../../../shared/journal';
import { linkKey } from '../../../shared/linkTitles';
import {
  firstMatch,
  foldText,
  makeSnippet,
  queryTerms,
  type SearchHit,
} from '../../../shared/search';
import { TermIndex } from './termIndex';

/**
 * Title, body, tags, linked titles: a word in the title counts three times, in a tag twice,
 * in the title of a linked goal, thought record or plan once.
 */
const FIELD_BOOSTS = [3, 1, 2, 1] as const;
const NO_TITLES: () => ReadonlyMap<string, string> = () => new Map();
/** The background build yields to the event loop after this long, so IPC stays answered. */
const SLICE_MS = 8;

/** The whole words of `text` that start with `prefix` (folded), at most `max` of them. */
function wordsStartingWith(text: string, prefix: string, max = 4): string[] {
  const folded = foldText(text);
  const words = new Set<string>();
  const word = /[\p{L}\p{N}]+/uy;
  for (let at = folded.indexOf(prefix); at >= 0 && words.size < max;) {
    const before = folded.charAt(at - 1);
    if (at === 0 || !/[\p{L}\p{N}]/u.test(before)) {
      word.lastIndex = at;
      const found = word.exec(folded)?.[0];
      if (found) words.add(found);
    }
    at = folded.indexOf(prefix, at + prefix.length);
  }
  return [...words];
}

/**
 * Full-text search over the unlocked journal. Lives only in memory (never written to disk),
 * is built in short time slices after unlock so the first screen and every IPC call stay
 * answered meanwhile, and is updated on every save and delete.
 */
export class SearchIndex {
  private readonly index = new TermIndex<string>(FIELD_BOOSTS);
  /** The indexed entries (the vault's own objects); a hit's text is derived when shown. */
  private readonly entries = new Map<string, Entry>();
  /** Removed while the background build ran: the build must not bring them back. */
  private readonly removedDuringBuild = new Set<string>();
  /** Which entries link to each `kind:id`, so a renamed goal re-indexes only those. */
  private readonly linkedBy = new Map<string, Set<string>>();
  private titles: ReadonlyMap<string, string> | null = null;
  private building: Promise<void> | null = null;
  private cancelled = false;

  /** `linkTitles` gives the current title of every linkable record, keyed `kind:id`. */
  constructor(private readonly linkTitles: () => ReadonlyMap<string, string> = NO_TITLES) {}

  /**
   * Indexes `entries` (newest first is best: they become searchable first), yielding to the
   * event loop every SLICE_MS. An entry saved meanwhile is never replaced by the older copy.
   */
  build(entries: readonly Entry[]): Promise<void> {
    this.building ??= (async () => {
      let i = 0;
      while (i < entries.length) {
        // Yield first: the unlock (or whatever started the build) answers before indexing.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.cancelled) return;
        const until = performance.now() + SLICE_MS;
        for (; i < entries.length && performance.now() < until; i += 1) {
          const entry = entries[i];
          if (!entry || this.removedDuringBuild.has(entry.id)) continue;
          const seen = this.entries.get(entry.id);
          if (!seen || seen.version < entry.version) this.upsert(entry);
        }
      }
      this.removedDuringBuild.clear();
      this.index.trim();
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
    if (previous) this.unlink(previous);
    this.entries.set(entry.id, entry);
    this.removedDuringBuild.delete(entry.id);
    for (const link of entry.links) {
      const key = linkKey(link.kind, link.id);
      let ids = this.linkedBy.get(key);
      if (!ids) this.linkedBy.set(key, (ids = new Set()));
      ids.add(entry.id);
    }
    this.index.set(entry.id, [entry.title, text, entry.tags.join(' '), this.linkedTitles(entry)]);
  }

  remove(id: string): void {
    if (this.building) this.removedDuringBuild.add(id);
    const entry = this.entries.get(id);
    if (!entry) return;
    this.index.delete(id);
    this.unlink(entry);
    this.entries.delete(id);
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
    this.titles = now;
    if (before === null || now === before) return;
    const stale = new Set<string>();
    for (const [key, ids] of this.linkedBy) {
      if (before.get(key) !== now.get(key)) for (const id of ids) stale.add(id);
    }
    for (const id of stale) {
      const entry = this.entries.get(id);
      if (entry) this.upsert(entry);
    }
  }

  /** The best `limit` live (not trashed) entries containing every word, the last as a prefix. */
  search(query: string, limit = 30): SearchHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    this.refreshLinkTitles();
    const live = (id: string) => this.entries.get(id)?.deletedAt === null;
    const last = terms[terms.length - 1] ?? '';
    return this.index.search(terms, limit, live).flatMap(({ id, score }) => {
      const entry = this.entries.get(id);
      if (!entry) return [];
      // Only the hits shown need their text: keeping every entry's would cost ~50 MB at 20k.
      const text = docToText(entry.content);
      const tags = entry.tags.join(', ');
      const links = this.linkedTitles(entry);
      // Highlight whole words for the prefix ("anx" shows "anxious").
      const completed = [text, entry.title, tags, links].flatMap((t) => wordsStartingWith(t, last));
      const matched = [
        ...new Set([...terms.slice(0, -1), ...(completed.length > 0 ? completed : [last])]),
      ];
      const inText = firstMatch(text, matched) >= 0;
      const inTitle = firstMatch(entry.title, matched) >= 0;
      const inTags = firstMatch(tags, matched) >= 0;
      const field: SearchHit['field'] = inText
        ? 'text'
        : inTitle
          ? 'title'
          : inTags
            ? 'tags'
            : 'links';
      const source = { text, title: entry.title, tags, links }[field];
      const { snippet, highlights } = makeSnippet(source, matched);
      return [
        {
          entryId: id,
          date: entry.date,
          title: entry.title,
          firstLine: firstLineOf(text),
          snippet,
          highlights,
          field,
          score,
        },
      ];
    });
  }

  dispose(): void {
    this.cancelled = true;
    this.index.clear();
    this.entries.clear();
    this.removedDuringBuild.clear();
    this.linkedBy.clear();
    this.titles = null;
  }
}
