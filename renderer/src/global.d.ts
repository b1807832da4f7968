import type { WaypointApi, WaypointEvents } from '../../shared/contract';

/**
 * What the preload exposes. Optional on purpose: the built renderer can be opened without
 * the preload (a plain browser, a smoke test), and it should say so instead of crashing.
 */
declare global {
  interface Window {
    readonly waypoint?: WaypointApi;
    readonly waypointEvents?: WaypointEvents;
  }
}

export {};
