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
    const items = flatten(
      buildMenuTemplate({ lockNow, send: vi.fn() }, { isMac: false, isDev: false }),
    );
    const lock = items.find((item) => item.id === 'lock-now');
    expect(lock).toMatchObject({ label: 'Lock now', accelerator: 'CmdOrCtrl+L' });
    (lock?.click as () => void)();
    expect(lockNow).toHaveBeenCalledOnce();
  });

  it("sends the renderer's own actions, showing keys without registering them twice", () => {
    const send = vi.fn();
    const items = flatten(
      buildMenuTemplate({ lockNow: vi.fn(), send }, { isMac: false, isDev: false }),
    );
    const byLabel = (label: string) => items.find((item) => item.label === label);
    expect(byLabel('New entry')).toMatchObject({
      accelerator: 'CmdOrCtrl+N',
      registerAccelerator: false,
    });
    for (const [label, event] of [
      ['New entry', 'menu:newEntry'],
      ['Home', 'menu:goHome'],
      ['Journal', 'menu:goJournal'],
      ['Settings', 'menu:goSettings'],
      ['Command palette…', 'menu:palette'],
      ['Need help now?', 'menu:help'],
      ['Keyboard shortcuts', 'menu:shortcuts'],
    ] as const) {
      (byLabel(label)?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(event);
    }
    // Lock is main's own: a real accelerator that works even if the page is stuck.
    expect(items.find((item) => item.id === 'lock-now')?.registerAccelerator).toBeUndefined();
  });

  it('offers no reload or DevTools in a packaged app', () => {
    const roles = flatten(
      buildMenuTemplate({ lockNow: vi.fn(), send: vi.fn() }, { isMac: false, isDev: false }),
    )
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
      buildMenuTemplate({ lockNow: vi.fn(), send: vi.fn() }, { isMac: false, isDev: true }),
    ).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('follows macOS conventions on a Mac', () => {
    const template = buildMenuTemplate(
      { lockNow: vi.fn(), send: vi.fn() },
      { isMac: true, isDev: false },
    );
    expect(template[0]?.role).toBe('appMenu');
    expect(flatten(template).map((item) => item.role)).not.toContain('quit');
  });
});
