import { randomBytes } from 'node:crypto';
import {
  isBuiltinSkillId,
  mergeSkills,
  practiceSchema,
  skillRecordSchema,
  type Practice,
  type PracticeInput,
  type Skill,
  type SkillInput,
  type SkillRecord,
} from '../../../shared/skills';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/**
 * Skills in records/skills.wpv (the user's own, and their layer over the built-ins) and the
 * practice log in records/practice.wpv, one record per practice so logging rewrites little.
 */
export const SKILLS_TYPE = 'skills';
export const PRACTICE_TYPE = 'practice';

const newId = (): string => randomBytes(12).toString('base64url');

function records(session: Session): SkillRecord[] {
  return session
    .requireVault()
    .getRecords(SKILLS_TYPE)
    .map((r) => r.value as SkillRecord);
}

export function listSkills(session: Session): Skill[] {
  return mergeSkills(records(session));
}

function getSkill(session: Session, id: string): Skill {
  const skill = listSkills(session).find((s) => s.id === id);
  if (!skill) throw new VaultError('not_found', 'That skill no longer exists.');
  return skill;
}

async function put(session: Session, record: SkillRecord): Promise<Skill> {
  const checked = skillRecordSchema.parse(record);
  await session.requireVault().putRecord(SKILLS_TYPE, checked.id, checked);
  return getSkill(session, checked.id);
}

function customRecord(session: Session, id: string) {
  const record = records(session).find((r) => r.id === id);
  return record?.kind === 'custom' ? record : undefined;
}

function builtinState(session: Session, id: string, stamp: string) {
  const record = records(session).find((r) => r.id === id);
  return record?.kind === 'builtin'
    ? record
    : { kind: 'builtin' as const, id, hidden: false, whenItHelps: '', updatedAt: stamp };
}

/** Creates or edits one of the user's own skills. */
export async function saveSkill(session: Session, input: SkillInput, now: Date): Promise<Skill> {
  const stamp = now.toISOString();
  if (input.id !== undefined && isBuiltinSkillId(input.id))
    throw new VaultError(
      'invalid_input',
      'Starter skills cannot be changed. You can add your own version instead.',
    );
  const current = input.id === undefined ? undefined : customRecord(session, input.id);
  if (input.id !== undefined && !current)
    throw new VaultError('not_found', 'That skill no longer exists.');
  return put(session, {
    kind: 'custom',
    id: current?.id ?? newId(),
    name: input.name,
    howTo: input.howTo,
    tags: input.tags,
    whenItHelps: input.whenItHelps,
    archived: current?.archived ?? false,
    createdAt: current?.createdAt ?? stamp,
    updatedAt: stamp,
  });
}

/** Hides a built-in or archives one of the user's own (their practice log stays). */
export async function setSkillHidden(
  session: Session,
  id: string,
  hidden: boolean,
  now: Date,
): Promise<Skill> {
  const stamp = now.toISOString();
  if (isBuiltinSkillId(id))
    return put(session, { ...builtinState(session, id, stamp), hidden, updatedAt: stamp });
  const current = customRecord(session, id);
  if (!current) throw new VaultError('not_found', 'That skill no longer exists.');
  return put(session, { ...current, archived: hidden, updatedAt: stamp });
}

export async function setWhenItHelps(
  session: Session,
  id: string,
  whenItHelps: string,
  now: Date,
): Promise<Skill> {
  const stamp = now.toISOString();
  if (isBuiltinSkillId(id))
    return put(session, { ...builtinState(session, id, stamp), whenItHelps, updatedAt: stamp });
  const current = customRecord(session, id);
  if (!current) throw new VaultError('not_found', 'That skill no longer exists.');
  return put(session, { ...current, whenItHelps, updatedAt: stamp });
}

/** The practice log, newest first. */
export function listPractices(session: Session): Practice[] {
  return session
    .requireVault()
    .getRecords(PRACTICE_TYPE)
    .map((r) => r.value as Practice)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function logPractice(
  session: Session,
  input: PracticeInput,
  now: Date,
): Promise<Practice> {
  getSkill(session, input.skillId);
  if (input.entryId) session.getEntry(input.entryId);
  const practice = practiceSchema.parse({
    ...input,
    entryId: input.entryId ?? null,
    id: newId(),
    createdAt: now.toISOString(),
  });
  await session.requireVault().putRecord(PRACTICE_TYPE, practice.id, practice);
  return practice;
}

export async function deletePractice(session: Session, id: string): Promise<void> {
  if (!listPractices(session).some((p) => p.id === id))
    throw new VaultError('not_found', 'That practice is no longer in the log.');
  await session.requireVault().deleteRecord(PRACTICE_TYPE, id);
}
