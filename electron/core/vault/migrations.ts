/**
 * The data model is versioned from day one. A migration turns the decrypted content of a
 * vault at `from` into `to = from + 1`; the runner applies them in order and refuses to open
 * a vault newer than this build understands (never "upgrade" data we can't read).
 */
export const CURRENT_SCHEMA_VERSION = 1;

export interface MigrationData {
  /** Decrypted content of every file, keyed by its name inside the vault. */
  files: Map<string, unknown>;
}

export interface Migration {
  from: number;
  describe: string;
  run(data: MigrationData): void;
}

/** No migrations yet: version 1 is the first format. New ones are appended here. */
export const MIGRATIONS: readonly Migration[] = [];

export class TooNewError extends Error {}

export function migrate(
  data: MigrationData,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): { version: number; applied: string[] } {
  if (fromVersion > target) throw new TooNewError(`Schema ${fromVersion} is newer than ${target}.`);
  let version = fromVersion;
  const applied: string[] = [];
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from schema ${version}.`);
    step.run(data);
    applied.push(step.describe);
    version += 1;
  }
  return { version, applied };
}
