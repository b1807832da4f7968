import { z } from '../../../shared/zod';

/**
 * The encrypted manifest: which shards exist, their generation and how many records each
 * holds. Record ids live only in the shards (schema 1 listed them here too, so at 20,000
 * entries every save rewrote ~300 KB of ids; migrations.ts moves old manifests on).
 */
export const MANIFEST_FILE = 'manifest.wpv';

export const manifestSchema = z.object({
  schemaVersion: z.number().int().min(0),
  shards: z.record(
    z.string(),
    z.object({ generation: z.number().int().min(0), count: z.number().int().min(0) }),
  ),
  /** Files moved out of the way (damaged or rolled back), kept for restore; never deleted. */
  setAside: z.array(
    z.object({
      file: z.string(),
      movedTo: z.string(),
      reason: z.enum(['damaged', 'rolled_back']),
      at: z.string(),
    }),
  ),
});
export type ManifestData = z.infer<typeof manifestSchema>;

const ENTRY_SHARD = /^entries\/(\d{4})-(\d{2})(?:\.(\d+))?\.wpv$/;
const RECORD_SHARD = /^records\/([a-z][a-z0-9-]{0,40})\.wpv$/;

export function entryShardName(month: string, part: number): string {
  return part <= 1 ? `entries/${month}.wpv` : `entries/${month}.${part}.wpv`;
}

export function parseShardName(
  name: string,
): { kind: 'entries'; month: string; part: number } | { kind: 'records'; type: string } | null {
  const entry = ENTRY_SHARD.exec(name);
  if (entry)
    return {
      kind: 'entries',
      month: `${entry[1]}-${entry[2]}`,
      part: entry[3] ? Number(entry[3]) : 1,
    };
  const record = RECORD_SHARD.exec(name);
  if (record?.[1]) return { kind: 'records', type: record[1] };
  return null;
}

export function recordShardName(type: string): string {
  return `records/${type}.wpv`;
}
