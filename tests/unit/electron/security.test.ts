import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_PARTITION,
  hardenSession,
  hardenWebContents,
  shouldBlockRequest,
  webPreferences,
  withContentSecurityPolicy,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

type Listener = (...args: unknown[]) => unknown;

describe('webPreferences', () => {
  it('pins every security switch of the window', () => {
    expect(webPreferences('/app/preload.cjs', { allowDevtools: false })).toEqual({
      preload: '/app/preload.cjs',
      partition: 'waypoint',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('uses an in-memory partition, never a persistent profile', () => {
    expect(APP_PARTITION.startsWith('persist:')).toBe(false);
    expect(webPreferences('/p', { allowDevtools: true }).partition).toBe(APP_PARTITION);
  });

  it('allows DevTools only when asked (development)', () => {
    expect(webPreferences('/p', { allowDevtools: true }).devTools).toBe(true);
  });
});

describe('shouldBlockRequest', () => {
  const prod = { allowDevtools: false };
  const dev = { allowDevtools: true };

  it.each([
    'app://waypoint/index.html',
    'app://waypoint/assets/index-abc123.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://waypoint/4f1c2d9e-0000-4000-8000-000000000000',
  ])('lets the app load %s', (url) => {
    expect(shouldBlockRequest(url, prod)).toBe(false);
  });

  it.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:4173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://waypoint.evil.com/index.html',
    'app://user:pass@waypoint/index.html',
    'blob:https://example.com/0000',
    'chrome-extension://abc/script.js',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('blocks %s in production', (url) => {
    expect(shouldBlockRequest(url, prod)).toBe(true);
  });

  it('lets DevTools load only in development', () => {
    expect(shouldBlockRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(false);
    expect(shouldBlockRequest('https://example.com/', dev)).toBe(true);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy a response brings with ours, whatever its case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Security-Policy-Report-Only': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it('adds the policy when a response has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined)['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
  });
});

function fakeSession() {
  const calls: Record<string, Listener> = {};
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      const listener = args.at(-1);
      if (typeof listener === 'function') calls[name] = listener as Listener;
    };
  const session = {
    setPermissionRequestHandler: vi.fn(record('permissionRequest')),
    setPermissionCheckHandler: vi.fn(record('permissionCheck')),
    setDevicePermissionHandler: vi.fn(record('devicePermission')),
    setSpellCheckerEnabled: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => {
      calls[`on:${event}`] = listener;
    }),
    webRequest: {
      onBeforeRequest: vi.fn(record('beforeRequest')),
      onHeadersReceived: vi.fn(record('headersReceived')),
    },
  };
  const handler = (name: string): Listener => {
    const found = calls[name];
    if (!found) throw new Error(`${name} was not registered`);
    return found;
  };
  return { session, handler, asSession: session as unknown as Session };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { asSession, handler } = fakeSession();
    hardenSession(asSession, { allowDevtools: false });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      handler('permissionRequest')({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handler('permissionCheck')(null, permission, 'app://waypoint', {})).toBe(false);
    }
    expect(handler('devicePermission')({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spell checker off and refuses downloads', () => {
    const { session, asSession, handler } = fakeSession();
    hardenSession(asSession, { allowDevtools: false });
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    const event = { preventDefault: vi.fn() };
    handler('on:will-download')(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('cancels requests that leave the app and lets its own through', () => {
    const { asSession, handler } = fakeSession();
    hardenSession(asSession, { allowDevtools: false });
    const outside = vi.fn();
    handler('beforeRequest')({ url: 'https://example.com/x.js' }, outside);
    expect(outside).toHaveBeenCalledWith({ cancel: true });
    const inside = vi.fn();
    handler('beforeRequest')({ url: 'app://waypoint/index.html' }, inside);
    expect(inside).toHaveBeenCalledWith({ cancel: false });
  });

  it('puts the CSP on app:// responses', () => {
    const { asSession, handler } = fakeSession();
    hardenSession(asSession, { allowDevtools: false });
    const callback = vi.fn();
    handler('headersReceived')(
      { url: 'app://waypoint/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: expect.objectContaining({
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      }) as unknown,
    });
  });
});

function fakeContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: (() => unknown) | undefined;
  const contents = {
    on: vi.fn((event: string, listener: Listener) => {
      listeners[event] = listener;
    }),
    setWindowOpenHandler: vi.fn((handler: () => unknown) => {
      openHandler = handler;
    }),
  };
  hardenWebContents(contents as unknown as WebContents);
  const emit = (event: string, url = ''): boolean => {
    const listener = listeners[event];
    if (!listener) throw new Error(`${event} was not handled`);
    const details = { url, preventDefault: vi.fn() };
    listener(details, url);
    return details.preventDefault.mock.calls.length > 0;
  };
  return { emit, open: () => openHandler?.() };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'stops %s to anywhere outside the app',
    (event) => {
      const { emit } = fakeContents();
      expect(emit(event, 'https://example.com/')).toBe(true);
      expect(emit(event, 'file:///etc/passwd')).toBe(true);
      expect(emit(event, 'app://elsewhere/index.html')).toBe(true);
      expect(emit(event, 'app://waypoint/index.html')).toBe(false);
    },
  );

  it('denies every new window', () => {
    const { open } = fakeContents();
    expect(open()).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const { emit } = fakeContents();
    expect(emit('will-attach-webview')).toBe(true);
  });
});
