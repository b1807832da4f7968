import { MESSAGES, VaultError } from './errors';
import { CURRENT_SCHEMA_VERSION } from './migrations';

/**
 * A journal saved by a newer Waypoint is refused before anything else looks at it: its
 * shards may have a shape this build would take for damage and set aside, so nothing is
 * read further and nothing is written. Checked on the raw manifest, before its schema (a
 * newer manifest may not parse as ours at all).
 */
export function refuseNewerSchema(manifest: unknown): void {
  const version =
    typeof manifest === 'object' && manifest !== null && 'schemaVersion' in manifest
      ? manifest.schemaVersion
      : undefined;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION)
    throw new VaultError('vault_too_new', MESSAGES.tooNew);
}
