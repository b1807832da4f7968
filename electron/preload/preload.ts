import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('waypoint', {});
