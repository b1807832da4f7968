/**
 * The API the preload exposes, built from the channel list alone (no zod, no schemas: the
 * sandboxed preload bundle stays tiny). Kept apart from preload.ts so it is testable
 * without Electron; preload.ts only plugs in ipcRenderer and contextBridge.
 */
import { CHANNELS, EVENTS, type AppEvent, type Channel } from '../../shared/channels';
import type { WaypointApi, WaypointEvents } from '../../shared/contract';

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** The subset of ipcRenderer used for events; the event object never reaches the page. */
export interface EventSource {
  on(channel: string, listener: () => void): unknown;
  removeListener(channel: string, listener: () => void): unknown;
}

export function createApi(invoke: Invoke): WaypointApi {
  const api = {} as Record<Channel, (input: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    api[channel] = (input) => invoke(channel, input);
  }
  // Main answers every channel with a Result of the contract's output type.
  return Object.freeze(api) as WaypointApi;
}

function isAppEvent(name: unknown): name is AppEvent {
  return typeof name === 'string' && (EVENTS as readonly string[]).includes(name);
}

export function createEvents(source: EventSource): WaypointEvents {
  return Object.freeze({
    on(event: AppEvent, listener: () => void): () => void {
      if (!isAppEvent(event)) throw new Error('Unknown Waypoint event.');
      if (typeof listener !== 'function') throw new Error('A listener must be a function.');
      // Called with no arguments: the page never sees IpcRendererEvent (it holds `sender`).
      const forward = (): void => {
        listener();
      };
      source.on(event, forward);
      return () => {
        source.removeListener(event, forward);
      };
    },
  });
}
