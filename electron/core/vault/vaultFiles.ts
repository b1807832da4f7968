import { join } from 'node:path';
import { nodeFs, type VaultFs } from './fsLayer';
import { HEADER_FILE, MIRROR_FILE } from './header';
import { MANIFEST_FILE, parseShardName } from './manifest';

/**
 * The encrypted files that make up a vault's data (manifest and shards), as names inside
 * the vault folder with forward slashes. Temp, staged and set-aside files are not part of it.
 */
export async function encryptedFileNames(dir: string, fs: VaultFs = nodeFs): Promise<string[]> {
  const names = [MANIFEST_FILE as string];
  for (const sub of ['entries', 'records']) {
    const files = await fs.readdir(join(dir, sub)).catch(() => [] as string[]);
    for (const file of files.sort()) {
      const name = `${sub}/${file}`;
      if (parseShardName(name)) names.push(name);
    }
  }
  return names;
}

/** Every file a backup holds: both key header copies, then the encrypted files. */
export async function vaultFileNames(dir: string, fs: VaultFs = nodeFs): Promise<string[]> {
  return [HEADER_FILE, MIRROR_FILE, ...(await encryptedFileNames(dir, fs))];
}
