import { describe, expect, it, vi } from 'vitest';
import {
  INTERNAL_ERROR_MESSAGE,
  UNTRUSTED_SENDER_MESSAGE,
  isTrustedSender,
  registerIpcHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/origin';
import { CHANNELS, type Channel } from '../../../shared/channels';
import type { Handlers } from '../../../shared/contract';
import { ok, type Result } from '../../../shared/result';

describe('isTrustedSender', () => {
  it.each(['app://waypoint/index.html', 'app://waypoint/', 'app://waypoint/index.html#/entry/1'])(
    'trusts %s',
    (url) => {
      expect(isTrustedSender(url, APP_ORIGIN)).toBe(true);
    },
  );

  it.each([
    undefined,
    '',
    'about:blank',
    'file:///index.html',
    'https://waypoint/index.html',
    'app://evil/index.html',
    'app://waypoint.evil/index.html',
    'app://waypoint:8080/index.html',
    'app://user@waypoint/index.html',
    'app://WAYPOINT/index.html#not-canonical',
    'data:text/html,<script>alert(1)</script>',
    'nonsense',
  ])('does not trust %s', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN)).toBe(false);
  });

  it('works with an http origin too (the e2e harness serves the renderer over http)', () => {
    expect(isTrustedSender('http://127.0.0.1:4173/index.html', 'http://127.0.0.1:4173')).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:4174/index.html', 'http://127.0.0.1:4173')).toBe(
      false,
    );
  });
});

type Listener = (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>;

function setup(overrides: Partial<Record<Channel, (input: unknown) => Promise<Result<unknown>>>>) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      listeners.set(channel, listener);
    },
  };
  const table = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      vi.fn(overrides[channel] ?? (() => Promise.resolve(ok(null)))),
    ]),
  );
  registerIpcHandlers(ipcMain, table as unknown as Handlers, APP_ORIGIN);
  const call = (channel: Channel, event: InvokeEventLike, input: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} not registered`);
    return listener(event, input);
  };
  return { listeners, table, call };
}

const trusted: InvokeEventLike = {
  senderFrame: { url: 'app://waypoint/index.html', parent: null },
};

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = setup({});
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a trusted call through with its input and returns the handler result', async () => {
    const journalGet = vi.fn(() => Promise.resolve(ok({ id: 'x' })));
    const { call } = setup({ 'journal:get': journalGet });
    const input = { id: 'e_123' };
    await expect(call('journal:get', trusted, input)).resolves.toEqual(ok({ id: 'x' }));
    expect(journalGet).toHaveBeenCalledExactlyOnceWith(input);
  });

  it.each<[string, InvokeEventLike]>([
    ['another origin', { senderFrame: { url: 'https://example.com/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['no frame', { senderFrame: null }],
    ['a missing frame', {}],
    ['a subframe of the app', { senderFrame: { url: 'app://waypoint/x', parent: {} } }],
  ])('rejects a call from %s without calling the handler', async (_name, event) => {
    const { call, table } = setup({});
    const result = await call('vault:unlock', event, { passphrase: 'secret' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: UNTRUSTED_SENDER_MESSAGE },
    });
    expect(table['vault:unlock']).not.toHaveBeenCalled();
  });

  it('rejects a call whose frame is already destroyed', async () => {
    const { call, table } = setup({});
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const result = await call('journal:list', destroyed, {});
    expect(result.ok).toBe(false);
    expect(table['journal:list']).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a plain result without stack, message or input in it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = setup({
      'journal:save': () => Promise.reject(new Error('boom: Dear diary, my secret')),
    });
    const result = await call('journal:save', trusted, { id: 'e_1', title: 'Dear diary' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    });
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/secret|Dear diary|boom/);
    errors.mockRestore();
  });

  it('handles a handler that throws synchronously too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call } = setup({
      'prefs:get': () => {
        throw new TypeError('bad');
      },
    });
    const result = await call('prefs:get', trusted, {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    });
    vi.restoreAllMocks();
  });

  it('refuses to start with an incomplete handler table', () => {
    const ipcMain: IpcMainLike = { handle: vi.fn() };
    expect(() => {
      registerIpcHandlers(ipcMain, {} as unknown as Handlers, APP_ORIGIN);
    }).toThrow(/No handler/);
  });
});
