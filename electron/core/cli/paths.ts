import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * Where the desktop app keeps its vault: Electron's userData folder for "Waypoint" plus
 * `vault`. Computed here because the CLI runs on plain Node, without Electron's `app`.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Waypoint', 'vault');
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? join(home, 'AppData', 'Roaming');
    return join(appData, 'Waypoint', 'vault');
  }
  const config = nonEmpty(env.XDG_CONFIG_HOME) ?? join(home, '.config');
  return join(config, 'Waypoint', 'vault');
}

/** `--data-dir` wins over WAYPOINT_DATA_DIR, which wins over the app's default folder. */
export function resolveDataDir(
  flag: string | undefined,
  env: Env,
  cwd: string,
  platform: NodeJS.Platform = process.platform,
): string {
  const chosen = nonEmpty(flag) ?? nonEmpty(env.WAYPOINT_DATA_DIR);
  return chosen !== undefined ? resolve(cwd, chosen) : defaultDataDir(platform, env);
}
