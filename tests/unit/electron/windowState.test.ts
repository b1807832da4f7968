import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type DisplayLike,
  type WindowState,
} from '../../../electron/main/windowState';

const laptop: DisplayLike = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorOnRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

const state = (x: number, y: number, width = 1000, height = 700, maximized = false) =>
  ({ bounds: { x, y, width, height }, maximized }) satisfies WindowState;

describe('remembered window bounds', () => {
  it('are kept when they sit on a display', () => {
    expect(fitToDisplays(state(100, 100), [laptop])).toEqual(state(100, 100));
    expect(fitToDisplays(state(2000, 300, 1200, 900, true), [laptop, monitorOnRight])).toEqual(
      state(2000, 300, 1200, 900, true),
    );
  });

  it('fall back to the defaults when their display has gone (monitor unplugged)', () => {
    expect(fitToDisplays(state(2000, 300), [laptop])).toBeNull();
  });

  it('fall back when the title bar is off-screen or barely showing', () => {
    expect(fitToDisplays(state(-5000, -5000), [laptop])).toBeNull();
    // Title bar above the top of the only display.
    expect(fitToDisplays(state(100, -600), [laptop])).toBeNull();
    // Only 50 px of the title bar left on the right-hand edge.
    expect(fitToDisplays(state(1390, 100), [laptop])).toBeNull();
  });

  it('fall back when the window would be tiny', () => {
    expect(fitToDisplays(state(100, 100, 200, 100), [laptop])).toBeNull();
    expect(fitToDisplays(state(100, 100, 639, 700), [laptop])).toBeNull();
  });

  it('are shrunk to fit a smaller display than last time', () => {
    expect(fitToDisplays(state(0, 25, 2400, 1400), [laptop])).toEqual(state(0, 25, 1440, 875));
  });

  it('fall back when there are no displays at all', () => {
    expect(fitToDisplays(state(100, 100), [])).toBeNull();
  });
});

describe('parsing the saved file', () => {
  it('accepts exactly bounds and maximized', () => {
    expect(parseWindowState(state(1, 2, 800, 600, true))).toEqual(state(1, 2, 800, 600, true));
  });

  it.each([
    null,
    'text',
    [],
    {},
    { bounds: { x: 0, y: 0, width: 800 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 800, height: '600' }, maximized: false },
    { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: 1e12, y: 0, width: 800, height: 600 }, maximized: false },
    { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: 'yes' },
  ])('refuses %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('ignores extra keys and never carries them along', () => {
    const parsed = parseWindowState({ ...state(1, 2), __proto__: { polluted: true }, note: 'x' });
    expect(parsed).toEqual(state(1, 2));
    expect(Object.keys(parsed ?? {})).toEqual(['bounds', 'maximized']);
  });
});

describe('the window-state file', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('round-trips, and holds nothing but bounds and maximized', async () => {
    dir = await mkdtemp(join(tmpdir(), 'waypoint-window-'));
    const path = join(dir, 'window-state.json');
    saveWindowState(path, state(100, 120, 900, 700, true));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(state(100, 120, 900, 700, true));
    expect(loadWindowState(path, [laptop])).toEqual(state(100, 120, 900, 700, true));
  });

  it('is treated as absent when missing, damaged, or off-screen now', async () => {
    dir = await mkdtemp(join(tmpdir(), 'waypoint-window-'));
    const path = join(dir, 'window-state.json');
    expect(loadWindowState(path, [laptop])).toBeNull();
    await writeFile(path, '{ not json');
    expect(loadWindowState(path, [laptop])).toBeNull();
    saveWindowState(path, state(3000, 100));
    expect(loadWindowState(path, [laptop])).toBeNull();
  });

  it('saving into a folder that is not there fails quietly', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => {
      saveWindowState('/nonexistent-waypoint-dir/window-state.json', state(1, 2));
    }).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
