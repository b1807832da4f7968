import { randomBytes } from 'node:crypto';
import { localDay } from '../../../shared/dates';
import {
  agendaItemSchema,
  therapySessionSchema,
  type AgendaItem,
  type TherapySession,
  type TherapySessionInput,
} from '../../../shared/sessions';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

export const SESSIONS_TYPE = 'sessions';
export const AGENDA_TYPE = 'agenda';

const newId = (): string => randomBytes(12).toString('base64url');

function values<T>(session: Session, type: string): T[] {
  return session
    .requireVault()
    .getRecords(type)
    .map((r) => r.value as T);
}

export function listSessions(session: Session): TherapySession[] {
  return values<TherapySession>(session, SESSIONS_TYPE).sort((a, b) =>
    b.date.localeCompare(a.date),
  );
}

function getSession(session: Session, id: string): TherapySession {
  const found = listSessions(session).find((s) => s.id === id);
  if (!found) throw new VaultError('not_found', 'That session no longer exists.');
  return found;
}

export async function saveSession(
  session: Session,
  input: TherapySessionInput,
  now: Date,
): Promise<TherapySession> {
  const current = input.id === undefined ? undefined : getSession(session, input.id);
  const stamp = now.toISOString();
  const record = therapySessionSchema.parse({
    ...input,
    id: current?.id ?? newId(),
    homework: input.homework.map((h) => ({ ...h, id: h.id ?? newId() })),
    createdAt: current?.createdAt ?? stamp,
    updatedAt: stamp,
  });
  await session.requireVault().putRecord(SESSIONS_TYPE, record.id, record);
  return record;
}

export async function deleteSession(session: Session, id: string): Promise<void> {
  getSession(session, id);
  await session.requireVault().deleteRecord(SESSIONS_TYPE, id);
}

export async function setHomeworkDone(
  session: Session,
  sessionId: string,
  homeworkId: string,
  done: boolean,
  now: Date,
): Promise<TherapySession> {
  const record = getSession(session, sessionId);
  if (!record.homework.some((h) => h.id === homeworkId))
    throw new VaultError('not_found', 'That homework item no longer exists.');
  const updated = therapySessionSchema.parse({
    ...record,
    homework: record.homework.map((h) =>
      h.id === homeworkId ? { ...h, doneOn: done ? localDay(now) : null } : h,
    ),
    updatedAt: now.toISOString(),
  });
  await session.requireVault().putRecord(SESSIONS_TYPE, updated.id, updated);
  return updated;
}

export function listAgenda(session: Session): AgendaItem[] {
  return values<AgendaItem>(session, AGENDA_TYPE).sort((a, b) => a.seq - b.seq);
}

export async function addAgendaItem(
  session: Session,
  input: Pick<AgendaItem, 'text' | 'source' | 'sourceId'>,
  now: Date,
): Promise<AgendaItem> {
  const seq = listAgenda(session).reduce((max, a) => Math.max(max, a.seq + 1), 0);
  const item = agendaItemSchema.parse({
    ...input,
    id: newId(),
    addedOn: localDay(now),
    seq,
    discussedIn: null,
  });
  await session.requireVault().putRecord(AGENDA_TYPE, item.id, item);
  return item;
}

export async function updateAgendaItem(
  session: Session,
  input: { id: string; text?: string | undefined; discussedIn?: string | null | undefined },
): Promise<AgendaItem> {
  const current = listAgenda(session).find((a) => a.id === input.id);
  if (!current) throw new VaultError('not_found', 'That agenda item no longer exists.');
  if (input.discussedIn) getSession(session, input.discussedIn);
  const item = agendaItemSchema.parse({
    ...current,
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.discussedIn !== undefined ? { discussedIn: input.discussedIn } : {}),
  });
  await session.requireVault().putRecord(AGENDA_TYPE, item.id, item);
  return item;
}

export async function deleteAgendaItem(session: Session, id: string): Promise<void> {
  if (!listAgenda(session).some((a) => a.id === id))
    throw new VaultError('not_found', 'That agenda item no longer exists.');
  await session.requireVault().deleteRecord(AGENDA_TYPE, id);
}
