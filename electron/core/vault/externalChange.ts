import { errnoCode } from './errors';
import { ENVELOPE_BYTES } from './encryptedFile';
import type { VaultFs } from './fsLayer';

/**
 * Another writer (a sync tool, another computer, a second copy of the app on a shared
 * folder) can replace a vault file while this one has it open. Before every write the adapter
 * checks that the file on disk is still the one it last read or wrote; if not, it refuses to
 * write over it, and the vault merges the two versions record by record (`mergeById`),
 * keeping the other side's version of anything both changed as a conflict copy.
 *
 * The check reads only the file's envelope (its first ENVELOPE_BYTES): every write, ours or
 * anyone's, gives a file a fresh random nonce and a new tag there, so the same envelope means
 * the same write. (It used to read and hash the whole file: ~1 ms and 256 KB of garbage on
 * every save of a heavy month.) A copy of our own bytes put back by a sync tool reads as
 * unchanged, which it is.
 */

/** What the adapter knows of a file on disk: its envelope, or that there is none. */
export type DiskState =
  { kind: 'absent' } | { kind: 'bytes'; fingerprint: string } | { kind: 'unknown' };

/** The envelope of an encrypted vault file, as hex: prefix, nonce and tag. */
export function fingerprintOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, ENVELOPE_BYTES)).toString('hex');
}

/** Thrown by the adapter instead of writing over a file someone else changed. */
export class ExternalChangeError extends Error {
  constructor(readonly file: string) {
    super(`${file} was changed on disk by someone else.`);
    this.name = 'ExternalChangeError';
  }
}

/** True when `path` no longer holds what we last read or wrote. A file we never saw is unknown. */
export async function changedOnDisk(fs: VaultFs, path: string, known: DiskState): Promise<boolean> {
  if (known.kind === 'unknown') return false;
  const head = await readHeadIfThere(fs, path);
  // Gone (or unreadable): writing ours back loses nothing of theirs.
  if (head === null) return false;
  return known.kind === 'absent' || fingerprintOf(head) !== known.fingerprint;
}

/** The state of `path` now (after a failed write: did our bytes land or not?). */
export async function diskStateOf(fs: VaultFs, path: string): Promise<DiskState> {
  const head = await readHeadIfThere(fs, path);
  return head === null ? { kind: 'absent' } : { kind: 'bytes', fingerprint: fingerprintOf(head) };
}

async function readHeadIfThere(fs: VaultFs, path: string): Promise<Buffer | null> {
  try {
    return fs.readHead
      ? await fs.readHead(path, ENVELOPE_BYTES)
      : (await fs.readFile(path)).subarray(0, ENVELOPE_BYTES);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    return null;
  }
}

export interface Merged<T> {
  merged: T[];
  /** Both sides changed the same record differently: ours is kept in `merged`, theirs here. */
  conflicts: { ours: T; theirs: T }[];
  /** Records whose version in `merged` came from the other side (added or changed there). */
  fromTheirs: T[];
  /** Ids the other side deleted (and we had not changed), now gone from `merged`. */
  removed: string[];
}

/** JSON with object keys sorted, so two copies of a record compare equal whatever wrote them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * Three-way merge of one file's records by id. `base` is what this process last read or
 * wrote, `ours` what it is about to write, `theirs` what is on disk now. Per id:
 * only one side changed it → that side's version; both changed it the same way → one copy;
 * both changed it differently → ours, and theirs as a conflict; one side deleted it and the
 * other edited it → the edit is kept (nothing written by anyone is dropped silently). A
 * version of theirs that is older than ours (`isOlder`: a sync tool putting back an old
 * copy) never wins on its own: it becomes a conflict copy too.
 */
export function mergeById<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  isOlder: (theirs: T, ours: T) => boolean = () => false,
): Merged<T> {
  const baseById = new Map(base.map((r) => [r.id, r]));
  const oursById = new Map(ours.map((r) => [r.id, r]));
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  const result: Merged<T> = { merged: [], conflicts: [], fromTheirs: [], removed: [] };
  const ids = [...new Set([...ours.map((r) => r.id), ...theirs.map((r) => r.id)])];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) {
      if (same(o, t) || same(t, b)) result.merged.push(o);
      else if (same(o, b) && !isOlder(t, o)) {
        result.merged.push(t);
        result.fromTheirs.push(t);
      } else {
        result.merged.push(o);
        result.conflicts.push({ ours: o, theirs: t });
      }
    } else if (o) {
      // Not on their side: new here, or deleted there. A deletion wins only over no change.
      if (b && same(o, b)) result.removed.push(id);
      else result.merged.push(o);
    } else if (t) {
      // Not on our side: new there, or deleted here. Our deletion wins only over no change.
      if (b && same(t, b)) continue;
      result.merged.push(t);
      result.fromTheirs.push(t);
    }
  }
  // Ids in base that neither side still has are simply gone; only ours-side removals count.
  return result;
}
