import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeWindow {
    static last: FakeWindow | undefined;
    readonly listeners = new Map<
      string,
      (event: { preventDefault(): void }, ...args: unknown[]) => void
    >();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly maximize = vi.fn();
    readonly setTitle = vi.fn();
    readonly setContentProtection = vi.fn();
    readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 50, width: 900, height: 700 }));
    readonly isMaximized = vi.fn(() => true);
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.last = this;
    }
    on(event: string, listener: (event: { preventDefault(): void }, ...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: (event: { preventDefault(): void }, ...args: unknown[]) => void) {
      return this.on(event, listener);
    }
  }
  return { BrowserWindow: FakeWindow };
});
vi.mock('electron', () => electron);

const { createMainWindow, isAllowedTitle, SECTION_TITLES } =
  await import('../../../electron/main/window');
const { appStrings } = await import('../../../renderer/src/app/strings');

type Options = Parameters<typeof createMainWindow>[0];

function open(allowDevtools = false, extra: Partial<Options> = {}) {
  createMainWindow({
    preloadPath: '/app/dist/preload/preload.cjs',
    allowDevtools,
    excludeFromCapture: true,
    ...extra,
  });
  const window = electron.BrowserWindow.last;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('the main window', () => {
  it('is created with the hardened preferences and our preload', () => {
    const { options } = open();
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
      partition: 'waypoint',
    });
  });

  it('is kept out of screen capture from creation, before it is shown, unless told not to', () => {
    const window = open();
    expect(window.setContentProtection).toHaveBeenCalledWith(true);
    expect(window.show).not.toHaveBeenCalled();
    expect(open(false, { excludeFromCapture: false }).setContentProtection).toHaveBeenCalledWith(
      false,
    );
  });

  it('has a fixed title and a minimum size', () => {
    const { options } = open();
    expect(options.title).toBe('Waypoint');
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });

  it('keeps its title when the page sets anything but a section title', () => {
    const window = open();
    for (const title of [
      'Dear diary, today I…',
      'Journal — Waypoint — my secret',
      'journal — waypoint',
      '',
      'Waypoint ',
    ]) {
      const event = { preventDefault: vi.fn() };
      window.listeners.get('page-title-updated')?.(event, title);
      expect(event.preventDefault, title).toHaveBeenCalled();
      expect(window.setTitle).toHaveBeenLastCalledWith('Waypoint');
    }
  });

  it('lets the page name the section: "Goals — Waypoint"', () => {
    const window = open();
    for (const title of ['Goals — Waypoint', 'Sessions & summary — Waypoint', 'Waypoint']) {
      const event = { preventDefault: vi.fn() };
      window.listeners.get('page-title-updated')?.(event, title);
      expect(event.preventDefault, title).not.toHaveBeenCalled();
    }
  });

  it("allows exactly the renderer's section names, no more and no fewer", () => {
    expect([...SECTION_TITLES]).toEqual(Object.values(appStrings.places));
    for (const section of Object.values(appStrings.places)) {
      expect(isAllowedTitle(appStrings.windowTitle(section))).toBe(true);
    }
    expect(isAllowedTitle(appStrings.appName)).toBe(true);
  });

  it('opens where it was last time, maximized if it was', () => {
    const window = open(false, {
      state: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true },
    });
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    window.listeners.get('ready-to-show')?.({ preventDefault: vi.fn() });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('opens at the default size without a remembered state', () => {
    const window = open(false, { state: null });
    expect(window.options).toMatchObject({ width: 1100, height: 800 });
    expect(window.options.x).toBeUndefined();
    window.listeners.get('ready-to-show')?.({ preventDefault: vi.fn() });
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('reports its normal bounds and maximized state when it closes', () => {
    const onStateChange = vi.fn();
    const window = open(false, { onStateChange });
    window.listeners.get('close')?.({ preventDefault: vi.fn() });
    expect(onStateChange).toHaveBeenCalledExactlyOnceWith({
      bounds: { x: 40, y: 50, width: 900, height: 700 },
      maximized: true,
    });
  });

  it('loads the renderer from app://, never file://', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://waypoint/index.html');
  });

  it('shows itself once painted', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    window.listeners.get('ready-to-show')?.({ preventDefault: vi.fn() });
    expect(window.show).toHaveBeenCalled();
  });
});
