import { readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault';
import { makeTempDir, PASSPHRASE, TEST_KDF } from '../../support/vaultFixtures';
import { runCli } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let env: Record<string, string>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-cli-'));
  env = { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: PASSPHRASE };
});
afterEach(async () => {
  await cleanup();
});

async function createVault(): Promise<void> {
  const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
  await vault.close();
}

async function flipByte(name: string, index: number): Promise<void> {
  const path = join(dir, name);
  const bytes = await readFile(path);
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

describe('waypoint CLI (in-process)', () => {
  it('export and list cover a long journal whole, not just its recent months', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    // More than the app reads before its first screen, over 5 years.
    for (let year = 2021; year <= 2025; year += 1)
      await vault.importEntries(
        Array.from({ length: 120 }, (_, i) => ({
          id: `e${String(year)}x${String(i)}`,
          date: `${String(year)}-${String((i % 12) + 1).padStart(2, '0')}-10`,
          title: '',
          content: { type: 'doc', content: [{ type: 'paragraph' }] },
          createdAt: `${String(year)}-01-01T00:00:00.000Z`,
          updatedAt: `${String(year)}-01-01T00:00:00.000Z`,
          version: 1,
          tags: [],
          shareWithTherapist: false,
          pinned: false,
          deletedAt: null,
          links: [],
        })),
      );
    await vault.close();
    const json = await runCli(['export', '--format', 'json'], { env });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(600);
    const list = await runCli(
      ['list', '--from', '2021-01-01', '--to', '2021-12-31', '--limit', '1000'],
      {
        env,
      },
    );
    expect(
      list.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('2021-')),
    ).toHaveLength(120);
  });

  it('init → add → list → show → export → verify', async () => {
    const init = await runCli(['init', '--passphrase-stdin'], {
      stdin: `${PASSPHRASE}\n`,
      env: { WAYPOINT_DATA_DIR: dir, WAYPOINT_INSECURE_TEST_KDF: '1' },
    });
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/recovery key/i);
    expect(init.stdout).toMatch(/\b[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}\b/);
    expect(init.stdout).toMatch(/cannot be\s+recovered/);
    expect(init.stderr).toMatch(/WEAK/);
    expect(init.stdout + init.stderr).not.toContain(PASSPHRASE);

    const viaArgs = await runCli(['add', 'Walked', 'to', 'the', 'river.', '--date', '2026-03-01'], {
      env,
    });
    expect(viaArgs).toMatchObject({ code: 0 });
    expect(viaArgs.stdout).toMatch(/^Added entry [\w-]+ for 2026-03-01\.\n$/);
    expect(viaArgs.stdout + viaArgs.stderr).not.toContain('river');

    const viaStdin = await runCli(
      ['add', '--date', '2026-03-02', '--title', 'Session', '--passphrase-stdin'],
      {
        stdin: `${PASSPHRASE}\nWe talked about sleep.\nAnd *work*.\n\nI felt lighter.\n`,
        env: { WAYPOINT_DATA_DIR: dir },
      },
    );
    expect(viaStdin.code).toBe(0);
    const today = await runCli(['add'], {
      stdin: 'Short note',
      env,
      now: new Date(2026, 2, 3, 23, 59),
    });
    expect(today.stdout).toContain('for 2026-03-03.');

    const list = await runCli(['list'], { env });
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^2026-03-03 {2}[\w-]+ {2}Short note {2}\(2 words\)$/);
    expect(lines[1]).toMatch(/^2026-03-02 {2}[\w-]+ {2}Session {2}\(9 words\)$/);
    expect(lines[2]).toMatch(/^2026-03-01 {2}[\w-]+ {2}Walked to the river\. {2}\(4 words\)$/);

    const limited = await runCli(
      ['list', '--from', '2026-03-01', '--to', '2026-03-02', '--limit', '1'],
      {
        env,
      },
    );
    expect(limited.stdout.trim().split('\n')).toHaveLength(1);
    expect(limited.stdout).toContain('Session');

    const byDate = await runCli(['show', '2026-03-02'], { env });
    expect(byDate.code).toBe(0);
    expect(byDate.stdout).toBe(
      '2026-03-02 — Session\n\nWe talked about sleep.\nAnd *work*.\n\nI felt lighter.\n',
    );
    const id = /^2026-03-01 {2}([\w-]+)/.exec(lines[2] ?? '')?.[1] ?? '';
    const byId = await runCli(['show', id], { env });
    expect(byId.stdout).toBe('2026-03-01\n\nWalked to the river.\n');

    const json = await runCli(['export', '--format', 'json'], { env });
    expect(json.code).toBe(0);
    expect(json.stderr).toMatch(/NOT encrypted/);
    const exported = JSON.parse(json.stdout) as {
      date: string;
      title: string;
      text: string;
      content: { type: string };
    }[];
    expect(exported.map((e) => e.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(exported[1]).toMatchObject({
      title: 'Session',
      text: 'We talked about sleep.\nAnd *work*.\n\nI felt lighter.',
      content: { type: 'doc' },
    });

    const md = await runCli(['export', '--format', 'md'], { env });
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(
      [
        '# 2026-03-01',
        '',
        'Walked to the river.',
        '',
        '# 2026-03-02 — Session',
        '',
        'We talked about sleep.\\',
        'And \\*work\\*.',
        '',
        'I felt lighter.',
        '',
        '# 2026-03-03',
        '',
        'Short note',
        '',
      ].join('\n'),
    );

    const out = join(dir, '..', 'export.md');
    const toFile = await runCli(['export', '--format', 'md', '--out', out], { env });
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(await readFile(out, 'utf8')).toBe(md.stdout);
    if (process.platform !== 'win32') expect((await stat(out)).mode & 0o777).toBe(0o600);

    const verify = await runCli(['verify'], { env });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/sound/);
    // Every command closed the vault: the lock file is gone.
    await expect(stat(join(dir, 'vault.lock'))).rejects.toThrow();
  });

  it('renders rich entries made in the app as Markdown', async () => {
    const { vault } = await Vault.create(dir, PASSPHRASE, { kdf: TEST_KDF });
    await vault.createEntry('2026-04-01', {
      title: 'Rich',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Plan' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Be ' },
              { type: 'text', text: 'kind', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' to ' },
              { type: 'text', text: 'myself', marks: [{ type: 'italic' }] },
            ],
          },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'rest' }] }],
              },
            ],
          },
        ],
      },
    });
    await vault.close();
    const md = await runCli(['export', '--format', 'md'], { env });
    expect(md.stdout).toBe('# 2026-04-01 — Rich\n\n## Plan\n\nBe **kind** to _myself_\n\n- rest\n');
  });

  it('exits 3 on a wrong passphrase, without echoing it', async () => {
    await createVault();
    const result = await runCli(['list'], {
      env: { WAYPOINT_DATA_DIR: dir, WAYPOINT_PASSPHRASE: 'not the right one' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^waypoint: .*passphrase.*\n$/);
    expect(result.stderr).not.toContain('not the right one');
    await expect(stat(join(dir, 'vault.lock'))).rejects.toThrow();
  });

  it('exits 4 when verify finds a damaged shard', async () => {
    await createVault();
    expect((await runCli(['add', 'something', '--date', '2026-05-05'], { env })).code).toBe(0);
    await flipByte('entries/2026-05.wpv', 80);
    const result = await runCli(['verify'], { env });
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/problem: .*entries\/2026-05\.wpv/);
    expect(result.stderr).toMatch(/warning: .*could not be read/);
  });

  it('exits 4 when the index is damaged', async () => {
    await createVault();
    await flipByte('manifest.wpv', 60);
    const result = await runCli(['list'], { env });
    expect(result.code).toBe(4);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 5 when another live process holds the lock', async () => {
    await createVault();
    await writeFile(join(dir, 'vault.lock'), JSON.stringify({ host: hostname(), pid: 1 }));
    const result = await runCli(['list'], { env });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/open in another/);
    // The other process's lock is left alone.
    expect(await readFile(join(dir, 'vault.lock'), 'utf8')).toContain('"pid":1');
  });

  it('exits 6 with no vault, and 6 when init finds one', async () => {
    const missing = await runCli(['list'], { env });
    expect(missing.code).toBe(6);
    expect(missing.stderr).toMatch(/no journal in .*waypoint init/);
    await createVault();
    const again = await runCli(['init'], { env });
    expect(again.code).toBe(6);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('exits 7 when the export file cannot be written', async () => {
    await createVault();
    const result = await runCli(
      ['export', '--format', 'json', '--out', join(dir, 'no', 'such', 'dir', 'x.json')],
      { env },
    );
    expect(result.code).toBe(7);
    expect(result.stderr).toMatch(/ENOENT/);
    await expect(stat(join(dir, 'vault.lock'))).rejects.toThrow();
  });

  it.each([
    [[] as string[]],
    [['nope']],
    [['list', '--limit', '0']],
    [['list', '--from', '2026-02-30']],
    [['add', 'x', '--date', 'tomorrow']],
    [['export']],
    [['export', '--format', 'pdf']],
    [['show', 'not an id!']],
  ])('exits 2 for bad arguments: %j', async (argv) => {
    await createVault();
    const result = await runCli(argv, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when there is nothing to add or nothing to show', async () => {
    await createVault();
    expect((await runCli(['add'], { stdin: '\n\n', env })).code).toBe(2);
    const none = await runCli(['show', '2026-01-01'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No entries on 2026-01-01/);
  });

  it('refuses a short passphrase at init and needs a passphrase source', async () => {
    const short = await runCli(['init'], {
      env: {
        WAYPOINT_DATA_DIR: dir,
        WAYPOINT_PASSPHRASE: 'short',
        WAYPOINT_INSECURE_TEST_KDF: '1',
      },
    });
    expect(short.code).toBe(2);
    expect(await Vault.exists(dir)).toBe(false);
    await createVault();
    const none = await runCli(['list'], { env: { WAYPOINT_DATA_DIR: dir } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--passphrase-stdin/);
  });

  it('prints help, per-command help and the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:/);
    expect(help.stdout).toMatch(/7 +disk error/);
    expect((await runCli(['help', 'add'])).stdout).toMatch(/--title/);
    expect((await runCli(['export', '--help'])).stdout).toMatch(/NOT encrypted/);
    expect((await runCli(['--version'])).stdout).toMatch(/^waypoint \d+\.\d+\.\d+\n$/);
  });
});
