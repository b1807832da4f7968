import { randomBytes } from 'node:crypto';
import {
  BUILT_IN_TRAPS,
  TRAP_LIMITS,
  customTrapSchema,
  type CustomTrap,
  type CustomTrapInput,
} from '../../../shared/thinkingTraps';
import type { ThoughtRecord } from '../../../shared/thoughtRecords';
import type { Session } from '../session';
import { VaultError } from '../vault/errors';

/** The user's own thinking traps, in records/traps.wpv. Built-in traps are never stored. */
export const TRAPS_TYPE = 'traps';

export function listCustomTraps(session: Session): CustomTrap[] {
  return session
    .requireVault()
    .getRecords(TRAPS_TYPE)
    .map((r) => r.value as CustomTrap)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export async function saveCustomTrap(
  session: Session,
  input: CustomTrapInput,
  now: Date,
): Promise<CustomTrap> {
  const custom = listCustomTraps(session);
  const current = input.id === undefined ? undefined : custom.find((t) => t.id === input.id);
  if (input.id !== undefined && !current)
    throw new VaultError('not_found', 'That thinking trap no longer exists.');
  const clash = [...BUILT_IN_TRAPS, ...custom].find(
    (t) => t.id !== input.id && sameName(t.name, input.name),
  );
  if (clash)
    throw new VaultError('invalid_input', `“${clash.name}” is already on the list of traps.`);
  if (!current && custom.length >= TRAP_LIMITS.customMax)
    throw new VaultError(
      'invalid_input',
      `You can keep up to ${TRAP_LIMITS.customMax} traps of your own.`,
    );
  const trap = customTrapSchema.parse({
    id: current?.id ?? `custom-${randomBytes(12).toString('base64url')}`,
    name: input.name,
    description: input.description,
    createdAt: current?.createdAt ?? now.toISOString(),
  });
  await session.requireVault().putRecord(TRAPS_TYPE, trap.id, trap);
  return trap;
}

/**
 * Deletes a custom trap and takes it off the records that used it (the records are written
 * first, so a failure part-way leaves the trap in place rather than dangling ids).
 */
export async function deleteCustomTrap(
  session: Session,
  id: string,
  records: ThoughtRecord[],
  put: (record: ThoughtRecord) => Promise<unknown>,
  now: Date,
): Promise<void> {
  if (!listCustomTraps(session).some((t) => t.id === id))
    throw new VaultError('not_found', 'That thinking trap no longer exists.');
  for (const record of records.filter((r) => r.traps.includes(id))) {
    await put({
      ...record,
      traps: record.traps.filter((t) => t !== id),
      updatedAt: now.toISOString(),
    });
  }
  await session.requireVault().deleteRecord(TRAPS_TYPE, id);
}
