import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptFile, encryptFile, type KeyInfo } from '../../electron/core/vault/encryptedFile';
import { readHeader, unwrapWithPassphrase } from '../../electron/core/vault/header';
import { MANIFEST_FILE } from '../../electron/core/vault/manifest';

/**
 * Reads and rewrites a closed vault's manifest with its key, as a test (or a newer build)
 * would: to check the schema version a migration left, or to make a vault "from the future".
 */
async function keyOf(dir: string, passphrase: string): Promise<{ key: KeyInfo; vaultId: string }> {
  const { header } = await readHeader(dir);
  const dek = await unwrapWithPassphrase(header, passphrase);
  return { key: { dek, keyVersion: header.keyVersion }, vaultId: header.vaultId };
}

export async function readManifest(
  dir: string,
  passphrase: string,
): Promise<{ data: Record<string, unknown>; generation: number }> {
  const { key, vaultId } = await keyOf(dir, passphrase);
  const outcome = decryptFile(
    key,
    { vaultId, name: MANIFEST_FILE },
    await readFile(join(dir, MANIFEST_FILE)),
  );
  if (!outcome.ok) throw new Error(`manifest unreadable: ${outcome.reason}`);
  return {
    data: JSON.parse(outcome.plaintext.toString('utf8')) as Record<string, unknown>,
    generation: outcome.generation,
  };
}

/** Rewrites the manifest with `change` applied, one generation on, properly encrypted. */
export async function rewriteManifest(
  dir: string,
  passphrase: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const { key, vaultId } = await keyOf(dir, passphrase);
  const { data, generation } = await readManifest(dir, passphrase);
  const bytes = encryptFile(
    key,
    { vaultId, name: MANIFEST_FILE },
    generation + 1,
    Buffer.from(JSON.stringify(change(data)), 'utf8'),
  );
  await writeFile(join(dir, MANIFEST_FILE), bytes);
}
