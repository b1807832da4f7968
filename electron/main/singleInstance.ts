/**
 * One Waypoint at a time: a second start hands over to the first (which comes to the front)
 * and quits before touching anything, so only one process ever writes the vault. No Electron
 * import: tested with plain objects.
 */

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

/** Brings the existing window to the front, or opens one (macOS: the app may have none). */
export function focusFirstInstance(window: FocusableWindow | null, openWindow: () => void): void {
  if (window === null || window.isDestroyed()) {
    openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * True when this process is the one Waypoint; false when another already runs (it has been
 * told, and this one is quitting).
 */
export function claimSingleInstance(app: SingleInstanceApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondInstance);
  return true;
}
