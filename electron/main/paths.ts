/**
 * Where things are at run time. The bundles sit side by side in dist/ (inside app.asar
 * when packaged): dist/main/main.js, dist/preload/preload.cjs, dist/renderer/.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundleDir = dirname(fileURLToPath(import.meta.url));

export const RENDERER_ROOT = join(bundleDir, '..', 'renderer');
export const PRELOAD_PATH = join(bundleDir, '..', 'preload', 'preload.cjs');

/** WAYPOINT_DATA_DIR (tests, portable setups) wins over the per-user default. */
export function vaultDir(env: Readonly<Record<string, string | undefined>>, userData: string) {
  const fromEnv = env.WAYPOINT_DATA_DIR;
  return fromEnv !== undefined && fromEnv.trim() !== ''
    ? resolve(fromEnv)
    : join(userData, 'vault');
}
