import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('has "Lock now" on CmdOrCtrl+L, which locks', () => {
    const lockNow = vi.fn();
    const items = flatten(buildMenuTemplate({ lockNow }, { isMac: false, isDev: false }));
    const lock = items.find((item) => item.id === 'lock-now');
    expect(lock).toMatchObject({ label: 'Lock now', accelerator: 'CmdOrCtrl+L' });
    (lock?.click as () => void)();
    expect(lockNow).toHaveBeenCalledOnce();
  });

  it('offers no reload or DevTools in a packaged app', () => {
    const roles = flatten(buildMenuTemplate({ lockNow: vi.fn() }, { isMac: false, isDev: false }))
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toContain('editMenu');
    expect(roles).toContain('quit');
  });

  it('offers DevTools during development', () => {
    const roles = flatten(
      buildMenuTemplate({ lockNow: vi.fn() }, { isMac: false, isDev: true }),
    ).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('follows macOS conventions on a Mac', () => {
    const template = buildMenuTemplate({ lockNow: vi.fn() }, { isMac: true, isDev: false });
    expect(template[0]?.role).toBe('appMenu');
    expect(flatten(template).map((item) => item.role)).not.toContain('quit');
  });
});
