/**
 * The window's size and position, remembered between runs in the unencrypted app config
 * (userData/window-state.json): bounds and "maximized", nothing personal. Pure functions
 * decide whether saved bounds still fit the displays attached now; only the two small file
 * helpers touch the disk.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

/** What the validation needs to know about a display (Electron's Display has more). */
export interface DisplayLike {
  workArea: Bounds;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1100, height: 800 } as const;
export const MIN_SIZE = { width: 640, height: 480 } as const;
/** How much of the title bar must be on a display for the window to be reachable. */
const MIN_VISIBLE_TITLE_WIDTH = 120;
const TITLE_BAR_HEIGHT = 32;
const MAX_COORDINATE = 100_000;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

/** Untrusted JSON in, a well-formed state or null out. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null || typeof maximized !== 'boolean') return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height)) {
    return null;
  }
  return { bounds: { x, y, width, height }, maximized };
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Saved bounds if they are usable on today's displays: not smaller than the window's minimum
 * and with enough of the title bar on some display to grab it. Otherwise null (use the
 * defaults). A window bigger than its display is shrunk to fit it.
 */
export function fitToDisplays(
  state: WindowState,
  displays: readonly DisplayLike[],
): WindowState | null {
  const { bounds } = state;
  if (bounds.width < MIN_SIZE.width || bounds.height < MIN_SIZE.height) return null;
  const titleBar = { ...bounds, height: TITLE_BAR_HEIGHT };
  const home = displays.find((display) => {
    const visible = overlap(titleBar, display.workArea);
    return visible.width >= MIN_VISIBLE_TITLE_WIDTH && visible.height >= TITLE_BAR_HEIGHT / 2;
  });
  if (!home) return null;
  const area = home.workArea;
  return {
    bounds: {
      x: bounds.x,
      y: bounds.y,
      width: Math.min(bounds.width, Math.max(area.width, MIN_SIZE.width)),
      height: Math.min(bounds.height, Math.max(area.height, MIN_SIZE.height)),
    },
    maximized: state.maximized,
  };
}

/** The remembered state, or null when there is none or it can't be used here. */
export function loadWindowState(
  path: string,
  displays: readonly DisplayLike[],
): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const state = parseWindowState(raw);
  return state === null ? null : fitToDisplays(state, displays);
}

/** Best effort: a window position is not worth an error dialog. */
export function saveWindowState(path: string, state: WindowState): void {
  const temp = `${path}.${String(process.pid)}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
    renameSync(temp, path);
  } catch {
    console.warn('Waypoint could not remember the window position.');
  }
}
