/**
 * The application menu. Edit roles are kept because macOS routes copy/paste shortcuts
 * through them; reload and DevTools only exist in development (a reload would drop the
 * page's state while the vault stays unlocked).
 */
import type { MenuItemConstructorOptions } from 'electron';

export const MENU_LABELS = {
  file: 'File',
  lockNow: 'Lock now',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
} as const;

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

export interface MenuActions {
  lockNow(): void;
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
    { role: 'windowMenu' },
  );
  return template;
}
