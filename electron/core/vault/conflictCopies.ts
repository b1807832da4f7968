import type { Entry } from '../../../shared/journal';

/**
 * When another writer and this one both changed the same entry or record, ours stays in
 * place and theirs is kept as a conflict copy in its own encrypted record file
 * (`records/conflicts.wpv`) until the user chooses: keep mine, keep theirs, or keep both.
 */
export const CONFLICTS_TYPE = 'conflicts';

export interface ConflictCopy {
  /** 'entry' for a journal entry, else the record type (e.g. 'goals'). */
  type: string;
  /** The id of the entry or record both sides changed. */
  recordId: string;
  /** Their version, exactly as it was on disk. */
  theirs: unknown;
  detectedAt: string;
}

/** What a merge with another writer's version changed in memory (for the session). */
export interface ExternalMerge {
  /** Entries whose current version now comes from the other writer. */
  changed: Entry[];
  /** Entries the other writer deleted. */
  removed: string[];
  /** Conflict copies kept. */
  conflicts: number;
}
