/**
 * The one journal window. Its title names the section ("Goals — Waypoint") and nothing
 * else: the page may only set a title from the allow-list below, so journal text can never
 * reach a title bar, the taskbar or a window switcher.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { webPreferences } from './security';
import { DEFAULT_SIZE, MIN_SIZE, type WindowState } from './windowState';

export const WINDOW_TITLE = 'Waypoint';

/**
 * Mirrors the renderer's section names (renderer/src/app/strings.ts `places`); a unit test
 * keeps the two lists equal.
 */
export const SECTION_TITLES = [
  'Home',
  'Journal',
  'Goals',
  'Thought records',
  'Plans',
  'Skills',
  'Check-ins',
  'Sessions & summary',
  'Settings',
] as const;

const ALLOWED_TITLES: ReadonlySet<string> = new Set([
  WINDOW_TITLE,
  ...SECTION_TITLES.map((section) => `${section} — ${WINDOW_TITLE}`),
]);

export function isAllowedTitle(title: string): boolean {
  return ALLOWED_TITLES.has(title);
}

export interface MainWindowOptions {
  preloadPath: string;
  allowDevtools: boolean;
  /** Where the window was last time, already checked against today's displays. */
  state?: WindowState | null;
  /** Called when the window closes, with the bounds to remember. */
  onStateChange?: (state: WindowState) => void;
  /**
   * Ask the OS to leave the window out of screenshots and screen sharing (macOS, Windows).
   * Set before the first paint, so even the unlock screen is never captured.
   */
  excludeFromCapture: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = options.state?.bounds;
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown once painted, so there is no white flash before the theme applies.
    show: false,
    webPreferences: webPreferences(options.preloadPath, { allowDevtools: options.allowDevtools }),
  });
  window.setContentProtection(options.excludeFromCapture);
  window.on('page-title-updated', (event, title) => {
    if (isAllowedTitle(title)) return;
    event.preventDefault();
    window.setTitle(WINDOW_TITLE);
  });
  window.on('close', () => {
    options.onStateChange?.({
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  window.once('ready-to-show', () => {
    if (options.state?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch(() => {
    console.error('The Waypoint window could not load its page.');
  });
  return window;
}
