/**
 * Settings that main must act on (today: keeping the window out of screen capture). Main
 * learns the current settings whenever the renderer reads or writes them (it re-reads them
 * after unlock and on every navigation), by wrapping those two handlers; no Electron import.
 */
import type { Handlers, Settings } from '../../shared/contract';

export function observeSettings(
  handlers: Handlers,
  onSettings: (settings: Settings) => void,
): Handlers {
  const notify = (settings: Settings) => {
    try {
      onSettings(settings);
    } catch {
      console.error('Waypoint could not apply a setting to the window.');
    }
  };
  return {
    ...handlers,
    'settings:get': async (input) => {
      const result = await handlers['settings:get'](input);
      if (result.ok) notify(result.value);
      return result;
    },
    'settings:set': async (input) => {
      const result = await handlers['settings:set'](input);
      if (result.ok) notify(result.value);
      return result;
    },
  };
}

export interface CaptureProtectedWindow {
  setContentProtection(enable: boolean): void;
  isDestroyed(): boolean;
}

/**
 * The screen-capture setting as main knows it: the protective default until the vault's
 * setting is read after unlock, then whatever the user chose, applied to the window at once
 * and to any window created later.
 */
export function createCaptureProtection(initial: boolean) {
  let exclude = initial;
  return {
    /** For a window being created. */
    current: (): boolean => exclude,
    apply(settings: Settings, window: CaptureProtectedWindow | null): void {
      exclude = settings.excludeFromCapture;
      if (window !== null && !window.isDestroyed()) window.setContentProtection(exclude);
    },
  };
}
