import { randomBytes } from 'node:crypto';
import {
  thoughtRecordSchema,
  type ThoughtRecord,
  type ThoughtRecordInput,
} from '../../../shared/thoughtRecords';
import { BUILT_IN_TRAP_IDS } from '../../../shared/thinkingTraps';
import { normalizeTags } from '../../../shared/journal';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';
import { listCustomTraps } from './trapService';

/** Thought records live in records/thoughts.wpv, one record per thought record. */
export const THOUGHTS_TYPE = 'thoughts';

export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** Newest day first; on the same day, the most recently changed first. */
export function listThoughtRecords(session: Session): ThoughtRecord[] {
  return session
    .requireVault()
    .getRecords(THOUGHTS_TYPE)
    .map((r) => r.value as ThoughtRecord)
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
}

export function getThoughtRecord(session: Session, id: string): ThoughtRecord {
  const record = listThoughtRecords(session).find((r) => r.id === id);
  if (!record) throw new VaultError('not_found', 'That thought record no longer exists.');
  return record;
}

export async function putThoughtRecord(
  session: Session,
  record: ThoughtRecord,
): Promise<ThoughtRecord> {
  const checked = thoughtRecordSchema.parse(record);
  await session.requireVault().putRecord(THOUGHTS_TYPE, checked.id, checked);
  return checked;
}

export async function saveThoughtRecord(
  session: Session,
  input: ThoughtRecordInput,
  now: Date,
): Promise<ThoughtRecord> {
  const known = new Set([...BUILT_IN_TRAP_IDS, ...listCustomTraps(session).map((t) => t.id)]);
  if (input.traps.some((id) => !known.has(id))) {
    throw new VaultError(
      'invalid_input',
      'One of the thinking traps picked here no longer exists. Please pick again.',
    );
  }
  const stamp = now.toISOString();
  const fields = {
    ...input,
    traps: [...new Set(input.traps)],
    goalIds: [...new Set(input.goalIds)],
    tags: normalizeTags(input.tags),
  };
  if (input.id === undefined) {
    return putThoughtRecord(session, {
      ...fields,
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const current = getThoughtRecord(session, input.id);
  return putThoughtRecord(session, {
    ...fields,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: stamp,
  });
}

export async function deleteThoughtRecord(session: Session, id: string): Promise<void> {
  getThoughtRecord(session, id);
  await session.requireVault().deleteRecord(THOUGHTS_TYPE, id);
}
