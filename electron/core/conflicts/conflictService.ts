import type { ConflictChoice, ConflictSummary, ConflictVersion } from '../../../shared/conflicts';
import { docToText, entrySchema, type Entry } from '../../../shared/journal';
import { z } from '../../../shared/zod';
import type { Session } from '../session';
import { CONFLICTS_TYPE } from '../vault/conflictCopies';
import { VaultError } from '../vault/errors';

/**
 * The user's side of conflicts with another writer: what both versions say (title, date,
 * the start of the text) and the choice, entry by entry. The copies themselves are written
 * by the vault when it merges (electron/core/vault/conflictCopies.ts).
 */

const copySchema = z.object({
  type: z.string(),
  recordId: z.string(),
  theirs: z.unknown(),
  detectedAt: z.string(),
});
type Copy = z.infer<typeof copySchema> & { id: string };

const EXCERPT_CHARS = 240;

function copies(session: Session): Copy[] {
  const out: Copy[] = [];
  for (const record of session.requireVault().getRecords(CONFLICTS_TYPE)) {
    const parsed = copySchema.safeParse(record.value);
    if (parsed.success) out.push({ ...parsed.data, id: record.id });
  }
  return out.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

function entryVersion(entry: Entry): ConflictVersion {
  return {
    title: entry.title,
    date: entry.date,
    excerpt: docToText(entry.content).trim().slice(0, EXCERPT_CHARS),
    updatedAt: entry.updatedAt,
  };
}

/** Other records: their own title or name if they have one (goals, plans…), never more. */
function recordVersion(value: unknown): ConflictVersion {
  const fields =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const title = [fields.title, fields.name, fields.obstacle].find((v) => typeof v === 'string');
  return {
    title: typeof title === 'string' ? title : '',
    date: null,
    excerpt: '',
    updatedAt: typeof fields.updatedAt === 'string' ? fields.updatedAt : null,
  };
}

export function listConflicts(session: Session): ConflictSummary[] {
  const vault = session.requireVault();
  const out: ConflictSummary[] = [];
  for (const copy of copies(session)) {
    if (copy.type === 'entry') {
      const theirs = entrySchema.safeParse(copy.theirs);
      if (!theirs.success) continue;
      const mine = vault.getEntry(copy.recordId);
      out.push({
        id: copy.id,
        type: copy.type,
        recordId: copy.recordId,
        detectedAt: copy.detectedAt,
        mine: mine ? entryVersion(session.getEntry(copy.recordId)) : null,
        theirs: entryVersion(theirs.data),
        canKeepBoth: true,
      });
    } else {
      const mine = vault.getRecords(copy.type).find((r) => r.id === copy.recordId);
      out.push({
        id: copy.id,
        type: copy.type,
        recordId: copy.recordId,
        detectedAt: copy.detectedAt,
        mine: mine ? recordVersion(mine.value) : null,
        theirs: recordVersion(copy.theirs),
        canKeepBoth: false,
      });
    }
  }
  return out;
}

/**
 * Settles one conflict. The choice is applied first and the copy removed after, so an
 * interruption in between leaves the conflict listed, never their version lost.
 */
export async function resolveConflict(
  session: Session,
  id: string,
  choice: ConflictChoice,
): Promise<{ entryId: string | null }> {
  const vault = session.requireVault();
  const copy = copies(session).find((c) => c.id === id);
  if (!copy) throw new VaultError('not_found', 'That difference has already been settled.');
  let entryId: string | null = null;
  if (copy.type === 'entry') {
    const parsed = entrySchema.safeParse(copy.theirs);
    if (!parsed.success && choice !== 'mine')
      throw new VaultError('data_damaged', 'The other version of this entry could not be read.');
    if (parsed.success && choice !== 'mine')
      entryId = await applyTheirEntry(session, parsed.data, choice);
  } else if (choice === 'both') {
    throw new VaultError('invalid_input', 'Keeping both works for journal entries only.');
  } else if (choice === 'theirs') {
    await vault.putRecord(copy.type, copy.recordId, copy.theirs);
  }
  await vault.deleteRecord(CONFLICTS_TYPE, copy.id);
  return { entryId };
}

async function applyTheirEntry(
  session: Session,
  theirs: Entry,
  choice: 'theirs' | 'both',
): Promise<string> {
  const vault = session.requireVault();
  const { date, title, content, tags, shareWithTherapist, pinned, links } = theirs;
  if (choice === 'both') {
    const copy = await vault.createEntry(date, {
      title: title === '' ? 'Other version' : `${title} (other version)`.slice(0, 200),
      content,
      tags,
      shareWithTherapist,
      pinned,
      links,
    });
    session.emitChange(copy);
    return copy.id;
  }
  if (vault.getEntry(theirs.id)) {
    await session.saveEntry({
      id: theirs.id,
      date,
      title,
      content,
      tags,
      shareWithTherapist,
      pinned,
      links,
    });
  } else {
    await vault.importEntries([theirs]);
    session.emitChange(theirs);
  }
  return theirs.id;
}
