/**
 * The data model is versioned from day one. A migration turns the decrypted content of a
 * vault at `from` into `to = from + 1`; the runner applies them in order and refuses to open
 * a vault newer than this build understands (never "upgrade" data we can't read).
 */
export const CURRENT_SCHEMA_VERSION = 2;

export interface MigrationData {
  /**
   * Decrypted content of every shard, keyed by its name inside the vault. A step that changes
   * a file replaces its value (`files.set`); the vault rewrites only the files replaced.
   */
  files: Map<string, unknown>;
}

export interface Migration {
  from: number;
  describe: string;
  run(data: MigrationData): void;
  /**
   * Changes the decrypted manifest object itself, in place, before the vault reads it (the
   * manifest is the vault's table of contents, so its shape must be current before anything
   * else is loaded). Most steps leave it alone.
   */
  manifest?(raw: Record<string, unknown>): void;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Schema 1 → 2: the manifest listed every record id of every shard, so each save rewrote and
 * re-encrypted all ids of the journal (~300 KB at 20,000 entries). Now it keeps a count; the
 * ids are in the shards already, so no shard changes.
 */
const idsOutOfManifest: Migration = {
  from: 1,
  describe: 'the manifest keeps a record count per shard instead of every record id',
  run: () => undefined,
  manifest: (raw) => {
    if (!isObject(raw.shards)) return;
    for (const [name, shard] of Object.entries(raw.shards)) {
      if (!isObject(shard)) continue;
      const { ids, ...rest } = shard;
      raw.shards[name] = { ...rest, count: Array.isArray(ids) ? ids.length : 0 };
    }
  },
};

/** New steps are appended here. */
export const MIGRATIONS: readonly Migration[] = [idsOutOfManifest];

export class TooNewError extends Error {}

function steps(fromVersion: number, migrations: readonly Migration[], target: number): Migration[] {
  if (fromVersion > target) throw new TooNewError(`Schema ${fromVersion} is newer than ${target}.`);
  const chain: Migration[] = [];
  for (let version = fromVersion; version < target; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from schema ${version}.`);
    chain.push(step);
  }
  return chain;
}

export function migrate(
  data: MigrationData,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): { version: number; applied: string[] } {
  const chain = steps(fromVersion, migrations, target);
  for (const step of chain) step.run(data);
  return {
    version: target > fromVersion ? target : fromVersion,
    applied: chain.map((s) => s.describe),
  };
}

/**
 * Brings a decrypted manifest of any older schema to the current shape, in place, before it is
 * validated; its `schemaVersion` is left as it was, so the shard steps (`migrate`) still run.
 * Throws TooNewError for a manifest written by a newer build.
 */
export function migrateManifest(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): void {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number') return;
  for (const step of steps(raw.schemaVersion, migrations, target)) step.manifest?.(raw);
}
