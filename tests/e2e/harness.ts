import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppEvent, Channel } from '../../shared/channels';
import { createClipboardGuard } from '../../electron/core/clipboardGuard';
import { createHandlers } from '../../electron/core/handlers';
import type { Platform } from '../../electron/core/platform';
import { Session } from '../../electron/core/session';
import type { ScryptParams } from '../../electron/core/vault/kdf';
import { registerIpcHandlers, type IpcMainLike } from '../../electron/main/ipc';
import { stylesheetHrefFrom } from '../../electron/main/print';
import { printWithChromium } from '../support/chromiumPrint';
import { TEST_KDF } from '../support/vaultFixtures';

/**
 * Runs the built renderer in Chromium with the real stack behind it, minus only the Electron
 * binary: the built preload bundle is evaluated in the page with a stub `electron` module
 * whose ipcRenderer.invoke crosses into this Node process through a Playwright binding, where
 * the real IPC registration code (with its sender check) calls the real handler table on a
 * real encrypted vault in a temp folder.
 */
/** The preview server's port; WAYPOINT_E2E_PORT lets two runs share a machine. */
export const APP_PORT = Number(process.env.WAYPOINT_E2E_PORT ?? '4173');
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
const PRELOAD_BUNDLE = resolve(import.meta.dirname, '../../dist/preload/preload.cjs');
const RENDERER_INDEX = resolve(import.meta.dirname, '../../dist/renderer/index.html');

export interface LaunchOptions {
  page: Page;
  /** A vault folder; a fresh temp folder when omitted (removed on close). */
  dataDir?: string;
  kdf?: ScryptParams;
  /** Navigate to the app (default true). */
  open?: boolean;
}

export interface LaunchedApp {
  page: Page;
  dataDir: string;
  session: Session;
  /** Requests that left the app's origin and CSP violations seen so far. */
  problems: string[];
  /** What the app asked the operating system to do (open a link, show a folder). */
  osRequests: string[];
  /** Files the app saved (summary exports), in this test's own "Downloads" folder. */
  savedFiles: string[];
  /**
   * Main's clipboard clearing, on the page's real clipboard, with a hand-driven clock: the
   * delays asked for so far (seconds) and a way to make them all run out now.
   */
  clipboardTimers: { pendingSeconds(): number[]; runOut(): void };
  /** Simulates main sending an event (e.g. 'vault:locked' after system suspend). */
  emit(event: AppEvent): Promise<void>;
  close(): Promise<void>;
}

function preloadScript(bundle: string): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: api, writable: false, configurable: false });
      },
    },
    ipcRenderer: {
      invoke: (channel, input) => window.__waypointIpcInvoke(channel, input),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '__waypointEmit', {
    value: (channel) => { for (const l of listeners.get(channel) ?? []) l({}); },
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__waypointProblem('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  const module = { exports: {} };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('The sandboxed preload may only require electron, not ' + name);
  };
  (function (require, module, exports) {
${bundle}
  })(require, module, module.exports);
})();`;
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  const { page } = options;
  const ownsDir = options.dataDir === undefined;
  const base = ownsDir ? await mkdtemp(join(tmpdir(), 'waypoint-e2e-')) : undefined;
  const dataDir = options.dataDir ?? join(base ?? '', 'vault');
  const session = new Session({ dataDir, kdf: options.kdf ?? TEST_KDF });
  const problems: string[] = [];
  const osRequests: string[] = [];
  const savedFiles: string[] = [];
  const downloads = await mkdtemp(join(tmpdir(), 'waypoint-downloads-'));
  const clipboardTimers = new Set<{ run: () => void; seconds: number }>();
  // The operating system boundary (shell.openExternal, the file manager) is recorded here.
  const platform: Platform = {
    version: 'test',
    openExternal: (url) => {
      osRequests.push(`open ${url}`);
      return Promise.resolve();
    },
    revealFolder: (path) => {
      osRequests.push(`reveal ${path}`);
      return Promise.resolve();
    },
    // The save dialog: always "Save" into this test's Downloads folder.
    saveFile: async (name, data) => {
      await mkdir(downloads, { recursive: true });
      const path = join(downloads, name);
      await writeFile(path, data, { mode: 0o600 });
      savedFiles.push(path);
      return path;
    },
    // The folder dialog: always this test's own "backup disk" folder.
    chooseFolder: async (title) => {
      const folder = join(downloads, 'backup-disk');
      await mkdir(folder, { recursive: true });
      osRequests.push(`choose folder: ${title}`);
      return folder;
    },
    // As in main: the document from memory on the app's origin with its CSP, JavaScript off.
    printToPdf: async (articleHtml, { pageSize, title }) => {
      const browser = page.context().browser();
      if (!browser) throw new Error('printToPdf needs a browser');
      const css = stylesheetHrefFrom(readFileSync(RENDERER_INDEX, 'utf8'), APP_URL);
      return printWithChromium(browser, articleHtml, {
        origin: APP_URL,
        stylesheetHref: css,
        pageSize,
        title,
      });
    },
    // Main's clipboard module, played by the page's own clipboard (tests grant the permission).
    clipboard: createClipboardGuard(
      {
        readText: () => page.evaluate(() => navigator.clipboard.readText()),
        clear: () => page.evaluate(() => navigator.clipboard.writeText('')),
      },
      {
        set: (run, ms) => {
          const timer = { run, seconds: ms / 1000 };
          clipboardTimers.add(timer);
          return timer;
        },
        cancel: (timer) => {
          clipboardTimers.delete(timer as { run: () => void; seconds: number });
        },
      },
    ),
  };

  const listeners = new Map<Channel, Parameters<IpcMainLike['handle']>[1]>();
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    createHandlers(session, platform),
    APP_URL,
  );

  await page.exposeBinding(
    '__waypointIpcInvoke',
    async (source, channel: Channel, input: unknown) => {
      const listener = listeners.get(channel);
      if (!listener)
        return { ok: false, error: { code: 'invalid_input', message: 'Unknown channel.' } };
      return listener(
        { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } },
        input,
      );
    },
  );
  await page.exposeBinding('__waypointProblem', (_source, message: string) => {
    problems.push(message);
  });
  await page.addInitScript({ content: preloadScript(readFileSync(PRELOAD_BUNDLE, 'utf8')) });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${APP_URL}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`Request outside the app: ${url}`);
    }
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });

  // As main does: another writer's changes were merged in, or the older months are read
  // (fire and forget, like send()).
  const emit = (event: AppEvent): void => {
    void page
      .evaluate((name) => {
        (window as unknown as { __waypointEmit: (n: string) => void }).__waypointEmit(name);
      }, event)
      .catch(() => undefined);
  };
  session.onExternalChange(() => {
    emit('vault:externalChange');
  });
  session.onLoaded(() => {
    emit('journal:loaded');
  });

  if (options.open !== false) await page.goto(`${APP_URL}/`);

  return {
    page,
    dataDir,
    session,
    problems,
    osRequests,
    savedFiles,
    clipboardTimers: {
      pendingSeconds: () => [...clipboardTimers].map((t) => t.seconds),
      runOut: () => {
        for (const timer of clipboardTimers) {
          clipboardTimers.delete(timer);
          timer.run();
        }
      },
    },
    emit: async (event) => {
      await page.evaluate((name) => {
        (window as unknown as { __waypointEmit: (n: string) => void }).__waypointEmit(name);
      }, event);
    },
    close: async () => {
      await session.lock();
      if (base) await rm(base, { recursive: true, force: true });
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
