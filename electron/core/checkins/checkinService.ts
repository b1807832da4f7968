import { randomBytes } from 'node:crypto';
import {
  moodCheckinSchema,
  trackerSchema,
  type MoodCheckin,
  type MoodCheckinInput,
  type Tracker,
} from '../../../shared/checkin';
import { measureSchema, type Measure } from '../../../shared/measures';
import { CHECKINS_TYPE } from '../journal/journalState';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/** Mood check-ins (the app's one mood record type), custom trackers and questionnaires. */
export const TRACKERS_TYPE = 'trackers';
export const MEASURES_TYPE = 'measures';

const newId = (): string => randomBytes(12).toString('base64url');

function values<T>(session: Session, type: string): T[] {
  return session
    .requireVault()
    .getRecords(type)
    .map((r) => r.value as T);
}

export function listCheckins(session: Session): MoodCheckin[] {
  return values<MoodCheckin>(session, CHECKINS_TYPE).sort(
    (a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at),
  );
}

export async function saveCheckin(
  session: Session,
  input: MoodCheckinInput,
  now: Date,
): Promise<MoodCheckin> {
  const existing =
    input.id === undefined ? undefined : listCheckins(session).find((c) => c.id === input.id);
  if (input.id !== undefined && !existing)
    throw new VaultError('not_found', 'That check-in no longer exists.');
  const checkin = moodCheckinSchema.parse({
    ...input,
    id: existing?.id ?? newId(),
    at: existing?.at ?? now.toISOString(),
  });
  await session.requireVault().putRecord(CHECKINS_TYPE, checkin.id, checkin);
  return checkin;
}

export async function deleteRecordOf(
  session: Session,
  type: string,
  id: string,
  what: string,
): Promise<void> {
  if (
    !session
      .requireVault()
      .getRecords(type)
      .some((r) => r.id === id)
  ) {
    throw new VaultError('not_found', `That ${what} no longer exists.`);
  }
  await session.requireVault().deleteRecord(type, id);
}

export function listTrackers(session: Session): Tracker[] {
  return values<Tracker>(session, TRACKERS_TYPE).sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveTracker(
  session: Session,
  input: Omit<Tracker, 'id'> & { id?: string | undefined },
): Promise<Tracker> {
  const tracker = trackerSchema.parse({ ...input, id: input.id ?? newId() });
  await session.requireVault().putRecord(TRACKERS_TYPE, tracker.id, tracker);
  return tracker;
}

export function listMeasures(session: Session): Measure[] {
  return values<Measure>(session, MEASURES_TYPE).sort(
    (a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at),
  );
}

export async function saveMeasure(
  session: Session,
  input: Omit<Measure, 'id' | 'at'>,
  now: Date,
): Promise<Measure> {
  const measure = measureSchema.parse({ ...input, id: newId(), at: now.toISOString() });
  await session.requireVault().putRecord(MEASURES_TYPE, measure.id, measure);
  return measure;
}
