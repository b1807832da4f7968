import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocNode } from '../../shared/journal';
import type { ScryptParams } from '../../electron/core/vault/kdf';

/** Cheap KDF for tests only (the app's default is N=2^17, pinned by a test). */
export const TEST_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = 'correct horse battery staple';

export async function makeTempDir(
  prefix = 'waypoint-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const base = await mkdtemp(join(tmpdir(), prefix));
  const dir = join(base, 'vault');
  return { dir, cleanup: () => rm(base, { recursive: true, force: true }) };
}

export function doc(...paragraphs: string[]): DocNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** Every file under the vault folder (relative names) with its bytes. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const names = await readdir(dir, { recursive: true });
  for (const name of names) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files.set(name.split('\\').join('/'), await readFile(path));
  }
  return files;
}

export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((n) => !before.get(n)?.equals(after.get(n) ?? Buffer.alloc(0)) || !after.has(n))
    .sort();
}
