import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRELOAD_PATH, RENDERER_ROOT, vaultDir } from '../../../electron/main/paths';

describe('paths', () => {
  it('keeps the vault in a folder of the user data directory by default', () => {
    expect(vaultDir({}, '/home/ann/.config/Waypoint')).toBe(
      join('/home/ann/.config/Waypoint', 'vault'),
    );
  });

  it('uses WAYPOINT_DATA_DIR when it is set', () => {
    expect(vaultDir({ WAYPOINT_DATA_DIR: '/tmp/wp-test' }, '/ignored')).toBe(
      resolve('/tmp/wp-test'),
    );
  });

  it('ignores an empty WAYPOINT_DATA_DIR rather than writing into the working folder', () => {
    expect(vaultDir({ WAYPOINT_DATA_DIR: '  ' }, '/u')).toBe(join('/u', 'vault'));
  });

  it('finds the renderer and the CommonJS preload beside the main bundle', () => {
    expect(RENDERER_ROOT.endsWith(join('renderer'))).toBe(true);
    expect(PRELOAD_PATH.endsWith(join('preload', 'preload.cjs'))).toBe(true);
  });
});
