import { randomBytes } from 'node:crypto';
import { localDay } from '../../../shared/dates';
import {
  goalSchema,
  type Goal,
  type GoalCheckin,
  type GoalInput,
  type GoalStatus,
} from '../../../shared/goals';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/** Goals live in records/goals.wpv, one record per goal with its check-ins and history. */
export const GOALS_TYPE = 'goals';

function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function listGoals(session: Session): Goal[] {
  return session
    .requireVault()
    .getRecords(GOALS_TYPE)
    .map((r) => r.value as Goal)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function getGoal(session: Session, id: string): Goal {
  const goal = listGoals(session).find((g) => g.id === id);
  if (!goal) throw new VaultError('not_found', 'That goal no longer exists.');
  return goal;
}

async function put(session: Session, goal: Goal): Promise<Goal> {
  const checked = goalSchema.parse(goal);
  await session.requireVault().putRecord(GOALS_TYPE, checked.id, checked);
  return checked;
}

export async function saveGoal(session: Session, input: GoalInput, now: Date): Promise<Goal> {
  const stamp = now.toISOString();
  if (input.id === undefined) {
    return put(session, {
      ...input,
      id: newId(),
      status: 'active',
      statusHistory: [{ status: 'active', on: localDay(now), note: '' }],
      checkins: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const current = getGoal(session, input.id);
  return put(session, { ...current, ...input, id: current.id, updatedAt: stamp });
}

export async function deleteGoal(session: Session, id: string): Promise<void> {
  getGoal(session, id);
  await session.requireVault().deleteRecord(GOALS_TYPE, id);
}

export async function checkIn(
  session: Session,
  input: Omit<GoalCheckin, 'id' | 'entryId'> & {
    goalId: string;
    entryId?: string | null | undefined;
  },
  now: Date,
): Promise<Goal> {
  const goal = getGoal(session, input.goalId);
  const checkin: GoalCheckin = {
    id: newId(),
    date: input.date,
    value: input.value,
    note: input.note,
    entryId: input.entryId ?? null,
  };
  return put(session, {
    ...goal,
    checkins: [...goal.checkins, checkin],
    updatedAt: now.toISOString(),
  });
}

export async function deleteCheckIn(
  session: Session,
  goalId: string,
  checkinId: string,
  now: Date,
): Promise<Goal> {
  const goal = getGoal(session, goalId);
  if (!goal.checkins.some((c) => c.id === checkinId))
    throw new VaultError('not_found', 'That check-in no longer exists.');
  return put(session, {
    ...goal,
    checkins: goal.checkins.filter((c) => c.id !== checkinId),
    updatedAt: now.toISOString(),
  });
}

/** Status changes keep a dated history; "let go" is a respectful outcome like any other. */
export async function setStatus(
  session: Session,
  goalId: string,
  status: GoalStatus,
  note: string,
  now: Date,
): Promise<Goal> {
  const goal = getGoal(session, goalId);
  if (goal.status === status) return goal;
  return put(session, {
    ...goal,
    status,
    statusHistory: [...goal.statusHistory, { status, on: localDay(now), note }],
    updatedAt: now.toISOString(),
  });
}
