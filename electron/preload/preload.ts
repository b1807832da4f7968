/**
 * Sandboxed preload (bundled to CommonJS): exposes `window.waypoint`, one function per
 * contract channel, and `window.waypointEvents`. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi, createEvents } from './api';

contextBridge.exposeInMainWorld(
  'waypoint',
  createApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld('waypointEvents', createEvents(ipcRenderer));

export type { WaypointApi, WaypointEvents } from '../../shared/contract';
