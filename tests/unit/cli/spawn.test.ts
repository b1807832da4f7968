import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PASSPHRASE } from '../../support/vaultFixtures';

const root = join(import.meta.dirname, '..', '..', '..');
const main = join(root, 'electron', 'core', 'cli', 'main.ts');

/** Runs the real CLI as a child process (node + the tsx loader), like `npm run cli`. */
function cli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...options.env,
    };
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

describe('waypoint CLI (spawned)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('waypoint-cli-spawn-'));
  });
  afterAll(async () => {
    await cleanup();
  });

  it('creates a vault, adds from piped stdin, lists and verifies, with real exit codes', async () => {
    const init = await cli(['--data-dir', dir, 'init', '--passphrase-stdin'], {
      stdin: `${PASSPHRASE}\n`,
      env: { WAYPOINT_INSECURE_TEST_KDF: '1' },
    });
    expect(init.stderr).toMatch(/WEAK/);
    expect(init.code).toBe(0);

    const add = await cli(['add', '--passphrase-stdin', '--date', '2026-06-01'], {
      stdin: `${PASSPHRASE}\nPiped in\nover two lines\n`,
      env: { WAYPOINT_DATA_DIR: dir },
    });
    expect(add.code).toBe(0);

    const env = { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: PASSPHRASE };
    const show = await cli(['show', '2026-06-01'], { env });
    expect(show.stdout).toBe('2026-06-01\n\nPiped in\nover two lines\n');

    const list = await cli(['list'], { env });
    expect(list.stdout).toMatch(
      /^2026-06-01 {2}[\w-]+ {2}Piped in over two lines {2}\(5 words\)\n$/,
    );

    expect((await cli(['verify'], { env })).code).toBe(0);
    await expect(stat(join(dir, 'vault.lock'))).rejects.toThrow();
  });

  it('exits 3, 6 and 2 with one-line messages and no stack traces', async () => {
    const wrong = await cli(['list'], {
      env: { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: 'a wrong passphrase' },
    });
    expect(wrong.code).toBe(3);
    const missing = await cli(['list', '--data-dir', join(dir, 'elsewhere')], {
      env: { WAYPOINT_PASSPHRASE: PASSPHRASE },
    });
    expect(missing.code).toBe(6);
    const bad = await cli(['list', '--limit', 'lots'], { env: { WAYPOINT_DATA_DIR: dir } });
    expect(bad.code).toBe(2);
    for (const r of [wrong, missing, bad]) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^waypoint: /);
      expect(r.stderr).not.toContain('a wrong passphrase');
    }
  });
});
