import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../../shared/channels';
import type { WaypointApi, WaypointEvents } from '../../../shared/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => {
        exposed.set(key, value);
      }),
    },
    ipcRenderer: {
      invoke: vi.fn((channel: string, input: unknown) =>
        Promise.resolve({ ok: true, value: { channel, input } }),
      ),
      on: vi.fn(),
      removeListener: vi.fn(),
      send: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

let api: WaypointApi;
let events: WaypointEvents;

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  api = electron.exposed.get('waypoint') as WaypointApi;
  events = electron.exposed.get('waypointEvents') as WaypointEvents;
});

describe('preload', () => {
  it('exposes exactly window.waypoint and window.waypointEvents', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['waypoint', 'waypointEvents']);
  });

  it('gives one function per contract channel and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    const values = [...electron.exposed.values()].flatMap((v) => [
      v,
      ...Object.values(v as Record<string, unknown>),
    ]);
    for (const forbidden of Object.values(electron.ipcRenderer)) {
      expect(values).not.toContain(forbidden);
    }
    expect(values).not.toContain(electron.ipcRenderer);
  });

  it('invokes the matching channel with the input as given', async () => {
    const input = { id: 'e_1', title: 'A title' };
    await expect(api['journal:save'](input)).resolves.toEqual({
      ok: true,
      value: { channel: 'journal:save', input },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('journal:save', input);
  });

  it('subscribes to known events and calls the listener without the IPC event object', () => {
    const listener = vi.fn();
    const unsubscribe = events.on('vault:locked', listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.lastCall as [
      string,
      (...args: unknown[]) => void,
    ];
    expect(channel).toBe('vault:locked');
    forward({ sender: electron.ipcRenderer, senderId: 0 }, 'extra');
    expect(listener).toHaveBeenCalledExactlyOnceWith();
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('vault:locked', forward);
  });

  it('accepts every declared event', () => {
    for (const event of EVENTS) expect(typeof events.on(event, () => undefined)).toBe('function');
  });

  it('refuses unknown events and non-function listeners', () => {
    const on = events.on.bind(events) as (event: unknown, listener: unknown) => unknown;
    const before = electron.ipcRenderer.on.mock.calls.length;
    expect(() => on('journal:save', () => undefined)).toThrow(/Unknown/);
    expect(() => on('vault:locked', 'alert(1)')).toThrow(/function/);
    expect(() => on({ toString: () => 'vault:locked' }, () => undefined)).toThrow(/Unknown/);
    expect(electron.ipcRenderer.on.mock.calls.length).toBe(before);
  });
});
