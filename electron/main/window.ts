/** The one journal window. Its title is fixed: journal text never appears in a title bar. */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { webPreferences } from './security';

export const WINDOW_TITLE = 'Waypoint';

export interface MainWindowOptions {
  preloadPath: string;
  allowDevtools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1100,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    // Shown once painted, so there is no white flash before the theme applies.
    show: false,
    webPreferences: webPreferences(options.preloadPath, { allowDevtools: options.allowDevtools }),
  });
  // The page's <title> could one day hold an entry title; the window keeps ours.
  window.on('page-title-updated', (event) => {
    event.preventDefault();
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch(() => {
    console.error('The Waypoint window could not load its page.');
  });
  return window;
}
