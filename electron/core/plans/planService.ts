import { randomBytes } from 'node:crypto';
import {
  obstaclePlanSchema,
  type ObstaclePlan,
  type ObstaclePlanInput,
  type Occurrence,
} from '../../../shared/obstaclePlans';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/** Obstacles with their if-then plans and "it came up" log, in records/plans.wpv. */
export const PLANS_TYPE = 'plans';

const newId = (): string => randomBytes(12).toString('base64url');

export function listPlans(session: Session): ObstaclePlan[] {
  return session
    .requireVault()
    .getRecords(PLANS_TYPE)
    .map((r) => r.value as ObstaclePlan)
    .sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

export function getPlan(session: Session, id: string): ObstaclePlan {
  const plan = listPlans(session).find((p) => p.id === id);
  if (!plan) throw new VaultError('not_found', 'That obstacle plan no longer exists.');
  return plan;
}

async function put(session: Session, plan: ObstaclePlan): Promise<ObstaclePlan> {
  const checked = obstaclePlanSchema.parse(plan);
  await session.requireVault().putRecord(PLANS_TYPE, checked.id, checked);
  return checked;
}

/** Creates or edits an obstacle; plans keep their ids and history, removed ones are archived. */
export async function savePlan(
  session: Session,
  input: ObstaclePlanInput,
  now: Date,
): Promise<ObstaclePlan> {
  const stamp = now.toISOString();
  const current = input.id === undefined ? undefined : getPlan(session, input.id);
  const previous = new Map((current?.plans ?? []).map((p) => [p.id, p]));
  const plans = input.plans.map((p) => {
    const before = p.id === undefined ? undefined : previous.get(p.id);
    return {
      id: before?.id ?? newId(),
      cue: p.cue,
      response: p.response,
      ...(p.skillId !== undefined ? { skillId: p.skillId } : {}),
      archived: p.archived ?? false,
      createdAt: before?.createdAt ?? stamp,
    };
  });
  // A plan left out of an edit is archived, never deleted: its log stays meaningful.
  const kept = new Set(plans.map((p) => p.id));
  for (const old of previous.values())
    if (!kept.has(old.id)) plans.push({ ...old, archived: true });
  return put(session, {
    ...input,
    id: current?.id ?? newId(),
    plans,
    occurrences: current?.occurrences ?? [],
    createdAt: current?.createdAt ?? stamp,
    updatedAt: stamp,
  });
}

export async function deletePlan(session: Session, id: string): Promise<void> {
  getPlan(session, id);
  await session.requireVault().deleteRecord(PLANS_TYPE, id);
}

export async function logOccurrence(
  session: Session,
  input: Omit<Occurrence, 'id' | 'entryId'> & {
    obstacleId: string;
    entryId?: string | null | undefined;
  },
  now: Date,
): Promise<ObstaclePlan> {
  const obstacle = getPlan(session, input.obstacleId);
  if (input.planId !== null && !obstacle.plans.some((p) => p.id === input.planId)) {
    throw new VaultError('not_found', 'That if-then plan no longer exists.');
  }
  const occurrence: Occurrence = {
    id: newId(),
    planId: input.planId,
    date: input.date,
    used: input.used,
    outcome: input.outcome,
    note: input.note,
    entryId: input.entryId ?? null,
  };
  return put(session, {
    ...obstacle,
    occurrences: [...obstacle.occurrences, occurrence],
    updatedAt: now.toISOString(),
  });
}

export async function deleteOccurrence(
  session: Session,
  obstacleId: string,
  occurrenceId: string,
  now: Date,
): Promise<ObstaclePlan> {
  const obstacle = getPlan(session, obstacleId);
  if (!obstacle.occurrences.some((o) => o.id === occurrenceId)) {
    throw new VaultError('not_found', 'That log entry no longer exists.');
  }
  return put(session, {
    ...obstacle,
    occurrences: obstacle.occurrences.filter((o) => o.id !== occurrenceId),
    updatedAt: now.toISOString(),
  });
}

/** Sets the order of obstacles (e.g. within one goal) to the order of `ids`. */
export async function reorderPlans(
  session: Session,
  ids: string[],
  now: Date,
): Promise<ObstaclePlan[]> {
  const all = listPlans(session);
  const byId = new Map(all.map((p) => [p.id, p]));
  for (const id of ids)
    if (!byId.has(id))
      throw new VaultError('not_found', 'One of those obstacle plans no longer exists.');
  const stamp = now.toISOString();
  const updated: ObstaclePlan[] = [];
  for (const [index, id] of ids.entries()) {
    const plan = byId.get(id);
    if (plan && plan.order !== index)
      updated.push(await put(session, { ...plan, order: index, updatedAt: stamp }));
  }
  return listPlans(session);
}
