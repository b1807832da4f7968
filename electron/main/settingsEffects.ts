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
