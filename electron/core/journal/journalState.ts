import type { MoodCheckin } from '../../../shared/checkin';
import { LIMITS } from '../../../shared/limits';
import { summarizeEntry, type Entry, type EntrySummary } from '../../../shared/journal';
import type { Vault } from '../vault/vault';
import { linkTitleSource } from './linkTitles';
import { SearchIndex } from './searchIndex';

export const CHECKINS_TYPE = 'checkins';

/**
 * What the journal derives from decrypted entries while unlocked: list summaries (cached per
 * entry version, so listing 20,000 entries does not re-walk every document) and the search
 * index. Dropped on lock with everything else.
 */
export class JournalState {
  readonly search: SearchIndex;
  private readonly summaries = new Map<string, { version: number; summary: EntrySummary }>();

  constructor(private readonly vault: Vault) {
    this.search = new SearchIndex(linkTitleSource(vault));
  }

  /** Starts indexing in the background; unlock does not wait for it. */
  start(entries: readonly Entry[]): void {
    void this.search.build(entries);
  }

  changed(entry: Entry): void {
    this.search.upsert(entry);
    this.summaries.delete(entry.id);
  }

  removed(id: string): void {
    this.search.remove(id);
    this.summaries.delete(id);
  }

  summarize(entries: readonly Entry[]): EntrySummary[] {
    const moods = this.moodByEntry();
    return entries.map((entry) => {
      const cached = this.summaries.get(entry.id);
      const base = cached?.version === entry.version ? cached.summary : summarizeEntry(entry);
      if (cached?.version !== entry.version)
        this.summaries.set(entry.id, { version: entry.version, summary: base });
      const mood = moods.get(entry.id) ?? null;
      return mood === base.mood ? base : { ...base, mood };
    });
  }

  checkins(): MoodCheckin[] {
    return this.vault.getRecords(CHECKINS_TYPE).map((r) => r.value as MoodCheckin);
  }

  moodByEntry(): Map<string, number> {
    const moods = new Map<string, { mood: number; at: string }>();
    for (const checkin of this.checkins()) {
      if (!checkin.entryId) continue;
      const seen = moods.get(checkin.entryId);
      if (!seen || seen.at < checkin.at)
        moods.set(checkin.entryId, { mood: checkin.mood, at: checkin.at });
    }
    return new Map([...moods].map(([id, v]) => [id, v.mood]));
  }

  dispose(): void {
    this.search.dispose();
    this.summaries.clear();
  }
}

/** Entries whose time in the trash is over. */
export function expiredTrash(
  entries: readonly Entry[],
  now: Date,
  days = LIMITS.trashDays,
): string[] {
  const cutoff = now.getTime() - days * 86_400_000;
  return entries
    .filter((e) => e.deletedAt !== null && Date.parse(e.deletedAt) < cutoff)
    .map((e) => e.id);
}

/** Tag counts over live (not trashed) entries, case-insensitive, most used first. */
export function tagCounts(entries: readonly Entry[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase();
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The tag changes that rename (or merge) `from` into `to` on every entry that has it. */
export function renameTagPatches(
  entries: readonly Entry[],
  from: string,
  to: string,
): { id: string; tags: string[] }[] {
  const key = from.trim().toLocaleLowerCase();
  const patches: { id: string; tags: string[] }[] = [];
  for (const entry of entries) {
    if (!entry.tags.some((t) => t.toLocaleLowerCase() === key)) continue;
    const renamed = entry.tags.map((t) => (t.toLocaleLowerCase() === key ? to.trim() : t));
    const seen = new Set<string>();
    patches.push({
      id: entry.id,
      tags: renamed.filter((t) => {
        const k = t.toLocaleLowerCase();
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
    });
  }
  return patches;
}
