import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeWindow {
    static last: FakeWindow | undefined;
    readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.last = this;
    }
    on(event: string, listener: (event: { preventDefault(): void }) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: (event: { preventDefault(): void }) => void) {
      return this.on(event, listener);
    }
  }
  return { BrowserWindow: FakeWindow };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('../../../electron/main/window');

function open(allowDevtools = false) {
  createMainWindow({ preloadPath: '/app/dist/preload/preload.cjs', allowDevtools });
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

  it('has a fixed title and a minimum size', () => {
    const { options } = open();
    expect(options.title).toBe('Waypoint');
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });

  it('keeps its title when the page changes <title>', () => {
    const window = open();
    const event = { preventDefault: vi.fn() };
    window.listeners.get('page-title-updated')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
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
