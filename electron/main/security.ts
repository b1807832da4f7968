/**
 * Every security setting of the app in one place: window preferences, the session's
 * permission and network rules, and what a web page may do with navigation and popups.
 * Electron is imported for types only, so the rules are unit-tested with plain fakes.
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isAppUrl } from './origin';

/** No `persist:` prefix: an in-memory session, so no Chromium profile data reaches the disk. */
export const APP_PARTITION = 'waypoint';

export interface SecurityOptions {
  /** Development builds may open DevTools; packaged builds may not. */
  allowDevtools: boolean;
}

export function webPreferences(preloadPath: string, options: SecurityOptions): WebPreferences {
  return {
    preload: preloadPath,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // On Windows and Linux Electron downloads spelling dictionaries from a CDN.
    spellcheck: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.allowDevtools,
  };
}

/**
 * Whether the network layer must refuse a request. The journal is offline: only the app's
 * own files, inline data and blobs it created itself; DevTools only in development.
 */
export function shouldBlockRequest(url: string, options: SecurityOptions): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return true;
  }
  switch (protocol) {
    case 'app:':
      return !isAppUrl(url);
    case 'data:':
      return false;
    case 'blob:':
      return !isAppUrl(url.slice('blob:'.length));
    case 'devtools:':
      return !options.allowDevtools;
    default:
      return true;
  }
}

/** Response headers with our CSP as the only policy (a served file cannot loosen it). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') {
      continue;
    }
    result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  result['X-Content-Type-Options'] = ['nosniff'];
  return result;
}

export function hardenSession(session: Session, options: SecurityOptions): void {
  // A journal needs no camera, microphone, location, notifications, clipboard reads, ...
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => {
    event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: shouldBlockRequest(details.url, options) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    if (isAppUrl(details.url)) {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
    } else {
      callback({});
    }
  });
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function denyOffOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Applied to every web contents the app creates, including ones we did not ask for. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyOffOrigin);
  contents.on('will-frame-navigate', denyOffOrigin);
  contents.on('will-redirect', denyOffOrigin);
  // No popups and no links opened elsewhere: nothing leaves the app.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
