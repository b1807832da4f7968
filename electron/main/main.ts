/**
 * Electron entry: wires the vault session, IPC, window, menu and lock triggers together.
 * Everything with logic lives in the small modules beside this one. crashReporter is never
 * started: even without uploads it writes memory dumps (journal text) to disk.
 */
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  screen,
  session as electronSession,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppEvent } from '../../shared/channels';
import { DEFAULT_SETTINGS } from '../../shared/contract';
import { createClipboardGuard } from '../core/clipboardGuard';

import { startAutomaticBackups } from '../core/backups/backupService';
import { createHandlers } from '../core/handlers';
import { createSession, type Session } from '../core/session';
import { readSettings } from '../core/settings';
import { runCryptoSelfTest } from '../core/vault/crypto';
import { registerIpcHandlers } from './ipc';
import { createCaptureProtection, observeSettings } from './settingsEffects';
import { createLockAction, createQuitGuard, flushThenLock } from './lifecycle';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN } from './origin';
import { PRELOAD_PATH, RENDERER_ROOT, vaultDir } from './paths';
import { createPrintToPdf, createSaveFile, stylesheetHrefFrom } from './print';
import { registerAppProtocol, registerAppScheme, servePrintDocumentOnce } from './protocol';
import { createRehearsalReminders } from './reminders';
import { APP_PARTITION, hardenSession, hardenWebContents } from './security';
import { claimSingleInstance, focusFirstInstance } from './singleInstance';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState, WINDOW_STATE_FILE } from './windowState';

const STARTUP_FAILED_TITLE = 'Waypoint cannot start safely';
const SELF_TEST_FAILED =
  'The encryption self-test failed on this computer, so Waypoint will not open your journal. ' +
  'Your files have not been touched.';
const START_FAILED = 'Waypoint could not start. Your files have not been touched.';
const VAULT_OPEN_FAILED =
  'Waypoint could not prepare its journal folder. Your files have not been touched.';

let mainWindow: BrowserWindow | null = null;
const captureProtection = createCaptureProtection(DEFAULT_SETTINGS.excludeFromCapture);

function lockOnSuspendEnabled(session: Session): boolean {
  try {
    return readSettings(session.requireVault()).lockOnSuspend;
  } catch {
    return true;
  }
}

function send(event: AppEvent): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(event);
}

function openWindow(allowDevtools: boolean): void {
  // Bounds only, in the unencrypted app config: nothing personal.
  const statePath = join(app.getPath('userData'), WINDOW_STATE_FILE);
  mainWindow = createMainWindow({
    preloadPath: PRELOAD_PATH,
    allowDevtools,
    excludeFromCapture: captureProtection.current(),
    state: loadWindowState(statePath, screen.getAllDisplays()),
    onStateChange: (state) => {
      saveWindowState(statePath, state);
    },
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function fail(message: string): void {
  dialog.showErrorBox(STARTUP_FAILED_TITLE, message);
  // exit, not quit: nothing was unlocked, so there is nothing to drain.
  app.exit(1);
}

function start(): void {
  try {
    runCryptoSelfTest();
  } catch {
    fail(SELF_TEST_FAILED);
    return;
  }
  const isDev = !app.isPackaged;

  let vault: ReturnType<typeof createSession>;
  try {
    vault = createSession({ dataDir: vaultDir(process.env, app.getPath('userData')) });
  } catch {
    fail(VAULT_OPEN_FAILED);
    return;
  }
  // After each unlock: an encrypted backup if the last is about a day old (then retention).
  startAutomaticBackups(vault, () => new Date());

  // The daily "rehearse your plans" nudge; off until the settings say otherwise.
  const reminders = createRehearsalReminders(() => {
    if (mainWindow === null) openWindow(isDev);
    else if (!mainWindow.isDestroyed()) mainWindow.show();
  });

  const ses = electronSession.fromPartition(APP_PARTITION);
  hardenSession(ses, { allowDevtools: isDev });
  registerAppProtocol(ses.protocol, RENDERER_ROOT);
  registerIpcHandlers(
    ipcMain,
    observeSettings(
      createHandlers(vault, {
        version: app.getVersion(),
        // The contract has already refused anything but http(s) without credentials.
        openExternal: (url) => shell.openExternal(url),
        revealFolder: async (path) => {
          const problem = await shell.openPath(path);
          if (problem !== '') throw new Error('Could not open the folder.');
        },
        // The summary export: printed in memory in a hidden window, saved where the user says.
        printToPdf: createPrintToPdf({
          createWindow: (options) => new BrowserWindow(options),
          serveOnce: servePrintDocumentOnce,
          stylesheetHref: () =>
            stylesheetHrefFrom(readFileSync(join(RENDERER_ROOT, 'index.html'), 'utf8'), APP_ORIGIN),
        }),
        chooseFolder: async (title) => {
          const options: OpenDialogOptions = {
            title,
            properties: ['openDirectory', 'createDirectory'],
          };
          const answer =
            mainWindow !== null && !mainWindow.isDestroyed()
              ? await dialog.showOpenDialog(mainWindow, options)
              : await dialog.showOpenDialog(options);
          return answer.canceled ? null : (answer.filePaths[0] ?? null);
        },
        saveFile: createSaveFile({
          showSaveDialog: (options) =>
            mainWindow !== null && !mainWindow.isDestroyed()
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          writeFile: (path, data, options) => writeFile(path, data, options),
          downloadsDir: () => app.getPath('downloads'),
          join,
        }),
        // Text copied from the app is cleared after the setting's time and at lock, if still ours.
        clipboard: createClipboardGuard({
          readText: () => Promise.resolve(clipboard.readText()),
          clear: () => {
            clipboard.clear();
            return Promise.resolve();
          },
        }),
      }),
      (settings) => {
        // Keeps the window out of screenshots and screen sharing (macOS, Windows).
        captureProtection.apply(settings, mainWindow);
        reminders.update(settings);
      },
    ),
    APP_ORIGIN,
  );

  const lockNow = createLockAction(
    () =>
      flushThenLock({
        askRenderer: () => {
          send('app:lockRequested');
        },
        whenLocked: () => vault.whenLocked(),
        lock: () => vault.lock(),
      }),
    () => {
      send('vault:locked');
    },
  );
  const lockInBackground = (): void => {
    void lockNow();
  };

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          lockNow: lockInBackground,
          send: (event) => {
            // Only while unlocked: the menu can't open journal pages on the unlock screen.
            if (vault.isUnlocked()) send(event);
          },
        },
        { isMac: process.platform === 'darwin', isDev },
      ),
    ),
  );
  // The "lock on suspend" setting is read from the (unlocked) vault; when locked there is
  // nothing to do anyway.
  const lockOnSystemEvent = (): void => {
    if (vault.isUnlocked() && lockOnSuspendEnabled(vault)) lockInBackground();
  };
  // Another writer's changes were merged in: the renderer refetches and shows the notice.
  vault.onExternalChange(() => {
    send('vault:externalChange');
  });
  // Recent months first: the older ones are now read too; the journal lists refetch.
  vault.onLoaded(() => {
    send('journal:loaded');
  });
  powerMonitor.on('suspend', lockOnSystemEvent);
  powerMonitor.on('lock-screen', lockOnSystemEvent);

  app.on(
    'before-quit',
    createQuitGuard({
      lock: () => lockNow(),
      quit: () => {
        app.quit();
      },
    }),
  );
  app.on('window-all-closed', () => {
    // On macOS the app stays in the Dock with no window: lock, since nobody can see it.
    if (process.platform === 'darwin') lockInBackground();
    else app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(isDev);
  });

  openWindow(isDev);
}

registerAppScheme();
// Every renderer sandboxed, including any we did not create ourselves.
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents);
});

// Another Waypoint owns the vault: it comes to the front through 'second-instance'.
if (
  claimSingleInstance(app, () => {
    if (app.isReady())
      focusFirstInstance(mainWindow, () => {
        openWindow(!app.isPackaged);
      });
  })
) {
  app
    .whenReady()
    .then(start)
    .catch(() => {
      fail(START_FAILED);
    });
}
