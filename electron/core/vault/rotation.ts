import { join } from 'node:path';
import { decryptFile, encryptFile, type KeyInfo } from './encryptedFile';
import { VaultError } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';
import type { KeyHeader } from './header';
import { finishSwap, stageAndCommit } from './stagedSwap';
import { encryptedFileNames } from './vaultFiles';

/**
 * Key rotation on disk: every encrypted file is decrypted with the old data key and sealed
 * again under the new one and the new key version (same generation, so the manifest still
 * matches), staged beside the old files; the new key header is the switch (stagedSwap.ts).
 * A key header copied before this point holds only the old data key, which opens nothing
 * written from now on: the key version and the key itself are part of every file's seal.
 */
export async function reencryptVault(options: {
  dir: string;
  vaultId: string;
  from: KeyInfo;
  to: KeyInfo;
  header: KeyHeader;
  fs?: VaultFs;
}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const files = new Map<string, Buffer>();
  for (const name of await encryptedFileNames(options.dir, fs)) {
    const id = { vaultId: options.vaultId, name };
    const outcome = decryptFile(options.from, id, await fs.readFile(join(options.dir, name)));
    if (!outcome.ok) {
      throw new VaultError(
        'data_damaged',
        'Part of your journal could not be read, so the keys were not changed. Restore it from a backup first, then try again.',
        name,
      );
    }
    files.set(name, encryptFile(options.to, id, outcome.generation, outcome.plaintext));
    outcome.plaintext.fill(0);
  }
  await stageAndCommit(options.dir, options.header, files, [], fs);
  await finishSwap(options.dir, options.header, fs);
}
