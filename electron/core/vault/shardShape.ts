import { MANIFEST_FILE, parseShardName } from './manifest';

/**
 * Cheap structural checks of a decrypted file's JSON, before the vault relies on it. A file
 * can authenticate and still hold the wrong shape (written by a buggy or future build, or by
 * anyone holding the key): it is then treated like any unreadable shard (set aside, the rest
 * opens) instead of crashing the open or being taken for an empty shard. No full schema
 * walk: a 20,000-entry journal must still open fast.
 */
type Check = (data: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

function isEntry(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.date === 'string' &&
    typeof v.title === 'string' &&
    isObject(v.content) &&
    v.content.type === 'doc' &&
    typeof v.createdAt === 'string' &&
    typeof v.updatedAt === 'string' &&
    typeof v.version === 'number' &&
    optional(v.tags, Array.isArray) &&
    optional(v.links, Array.isArray) &&
    optional(v.pinned, (x) => typeof x === 'boolean') &&
    optional(v.shareWithTherapist, (x) => typeof x === 'boolean') &&
    optional(v.deletedAt, (x) => x === null || typeof x === 'string')
  );
}

const isEntryShard: Check = (data) =>
  isObject(data) && Array.isArray(data.entries) && data.entries.every(isEntry);

const isRecordShard: Check = (data) =>
  isObject(data) &&
  Array.isArray(data.records) &&
  data.records.every((r) => isObject(r) && typeof r.id === 'string' && 'value' in r);

/** The check for a file inside the vault; the manifest is checked fully by its zod schema. */
export function shapeCheckFor(name: string): Check {
  if (name === MANIFEST_FILE) return isObject;
  const kind = parseShardName(name)?.kind;
  if (kind === 'entries') return isEntryShard;
  if (kind === 'records') return isRecordShard;
  return isObject;
}
