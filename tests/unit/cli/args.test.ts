import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../electron/core/cli/args';
import { UsageError } from '../../../electron/core/cli/exitCodes';
import { defaultDataDir, resolveDataDir } from '../../../electron/core/cli/paths';

describe('parseCliArgs', () => {
  it('reads the command, its options and global options in any order', () => {
    const a = parseCliArgs(['--data-dir', '/j', 'add', 'hello', '--title', 'T', 'world']);
    expect(a.command).toBe('add');
    expect(a.positionals).toEqual(['hello', 'world']);
    expect(a.options).toEqual({ title: 'T' });
    expect(a.dataDir).toBe('/j');
    expect(a.passphraseStdin).toBe(false);
  });

  it('treats everything after -- as text', () => {
    expect(parseCliArgs(['add', '--', '--title', '-5 degrees']).positionals).toEqual([
      '--title',
      '-5 degrees',
    ]);
  });

  it('knows help forms', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['list', '-h'])).toMatchObject({ help: true, command: 'list' });
    expect(parseCliArgs(['help', 'export'])).toMatchObject({ help: true, helpTopic: 'export' });
    expect(parseCliArgs(['-V']).version).toBe(true);
  });

  it.each([
    [['frobnicate']],
    [['list', '--bogus']],
    [['list', '--title', 'x']],
    [['--limit', '3']],
    [['show']],
    [['show', 'a', 'b']],
    [['verify', 'extra']],
    [['add', '--date']],
  ])('rejects %j with a UsageError', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('data folder', () => {
  it('uses each platform default of the desktop app', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Waypoint/vault');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/Waypoint/vault');
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe(
      '/Users/a/Library/Application Support/Waypoint/vault',
    );
    expect(defaultDataDir('win32', { APPDATA: '/appdata' }, '/u')).toMatch(
      /appdata[\\/]Waypoint[\\/]vault$/,
    );
  });

  it('prefers --data-dir over WAYPOINT_DATA_DIR, resolved against the cwd', () => {
    expect(resolveDataDir('j', { WAYPOINT_DATA_DIR: '/env' }, '/cwd')).toBe('/cwd/j');
    expect(resolveDataDir(undefined, { WAYPOINT_DATA_DIR: '/env' }, '/cwd')).toBe('/env');
    expect(resolveDataDir(undefined, { WAYPOINT_DATA_DIR: ' ' }, '/cwd', 'linux')).toMatch(
      /Waypoint\/vault$/,
    );
  });
});
