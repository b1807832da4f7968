import { randomBytes } from 'node:crypto';
import { moodCheckinSchema, type MoodCheckin } from '../../../shared/checkin';
import type { Session } from '../session';
import { CHECKINS_TYPE } from './journalState';

/**
 * The journal's mood picker writes the app's one mood record type: a check-in linked to the
 * entry (the link lives on the check-in). Picking again updates it; clearing deletes it.
 */
export async function setEntryMood(
  session: Session,
  entryId: string,
  mood: number | null,
  emotions: string[],
): Promise<MoodCheckin | null> {
  const vault = session.requireVault();
  const entry = session.getEntry(entryId);
  const existing = session
    .journal()
    .checkins()
    .find((c) => c.entryId === entryId);
  if (mood === null) {
    if (existing) await vault.deleteRecord(CHECKINS_TYPE, existing.id);
    return null;
  }
  const checkin = moodCheckinSchema.parse({
    ...(existing ?? {}),
    id: existing?.id ?? randomBytes(12).toString('base64url'),
    date: existing?.date ?? entry.date,
    at: existing?.at ?? new Date().toISOString(),
    mood,
    emotions,
    entryId,
  });
  await vault.putRecord(CHECKINS_TYPE, checkin.id, checkin);
  return checkin;
}
