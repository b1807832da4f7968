/**
 * The application menu. Edit roles are kept because macOS routes copy/paste shortcuts
 * through them; reload and DevTools only exist in development (a reload would drop the
 * page's state while the vault stays unlocked).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuEvent } from '../../shared/channels';

export const MENU_LABELS = {
  file: 'File',
  newEntry: 'New entry',
  go: 'Go',
  home: 'Home',
  journal: 'Journal',
  settings: 'Settings',
  palette: 'Command palette…',
  help: 'Help',
  shortcuts: 'Keyboard shortcuts',
  needHelp: 'Need help now?',
  lockNow: 'Lock now',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
} as const;

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuActions {
  lockNow(): void;
  /** Asks the renderer to run one of its actions (shared/channels.ts MENU_EVENT_ACTIONS). */
  send(event: MenuEvent): void;
}

/**
 * Items the renderer also handles by key: the accelerator is shown but not registered, so
 * one key press never runs an action twice.
 */
function rendererItem(
  actions: MenuActions,
  label: string,
  event: MenuEvent,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => {
      actions.send(event);
    },
  };
}

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
}

export function buildMenuTemplate(
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: MENU_LABELS.file,
      submenu: [
        rendererItem(actions, MENU_LABELS.newEntry, 'menu:newEntry', 'CmdOrCtrl+N'),
        { type: 'separator' },
        {
          id: 'lock-now',
          label: MENU_LABELS.lockNow,
          accelerator: LOCK_ACCELERATOR,
          click: () => {
            actions.lockNow();
          },
        },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: MENU_LABELS.view,
      submenu: [
        ...(options.isDev
          ? ([
              { role: 'reload' },
              { role: 'toggleDevTools' },
              { type: 'separator' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: MENU_LABELS.go,
      submenu: [
        rendererItem(actions, MENU_LABELS.home, 'menu:goHome', 'CmdOrCtrl+1'),
        rendererItem(actions, MENU_LABELS.journal, 'menu:goJournal', 'CmdOrCtrl+2'),
        rendererItem(actions, MENU_LABELS.settings, 'menu:goSettings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        rendererItem(actions, MENU_LABELS.palette, 'menu:palette', 'CmdOrCtrl+Shift+P'),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: MENU_LABELS.help,
      submenu: [
        rendererItem(actions, MENU_LABELS.needHelp, 'menu:help'),
        rendererItem(actions, MENU_LABELS.shortcuts, 'menu:shortcuts', '?'),
      ],
    },
  );
  return template;
}
