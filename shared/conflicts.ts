/**
 * Conflicts with another writer (a sync tool, another computer): the same entry or record
 * changed on both sides. Ours stays in place; theirs is kept until the user chooses.
 */
export const CONFLICT_CHOICES = ['mine', 'theirs', 'both'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/** One side of a conflict, as much as the user needs to choose (never more). */
export interface ConflictVersion {
  title: string;
  /** The entry's date (entries only). */
  date: string | null;
  /** The start of the text, for entries; empty for other records. */
  excerpt: string;
  /** When this version was saved, if the record says. */
  updatedAt: string | null;
}

export interface ConflictSummary {
  id: string;
  /** 'entry', or the record type (goals, plans, …). */
  type: string;
  recordId: string;
  detectedAt: string;
  /** Null when ours was deleted since. */
  mine: ConflictVersion | null;
  theirs: ConflictVersion;
  /** "Keep both" makes their version a new entry: journal entries only. */
  canKeepBoth: boolean;
}
