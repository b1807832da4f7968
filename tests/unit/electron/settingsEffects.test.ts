import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Handlers, type Settings } from '../../../shared/contract';
import { createCaptureProtection, observeSettings } from '../../../electron/main/settingsEffects';

function fakeHandlers(settings: Settings, fail = false): Handlers {
  const answer = () =>
    Promise.resolve(
      fail
        ? ({ ok: false, error: { code: 'locked', message: 'Locked.' } } as const)
        : ({ ok: true, value: settings } as const),
    );
  return { 'settings:get': answer, 'settings:set': answer } as unknown as Handlers;
}

describe('settings main acts on', () => {
  const protectedSettings = { ...DEFAULT_SETTINGS, excludeFromCapture: true };

  it('are passed on whenever the renderer reads or writes them, results unchanged', async () => {
    const onSettings = vi.fn();
    const handlers = observeSettings(fakeHandlers(protectedSettings), onSettings);
    expect(await handlers['settings:get']({})).toEqual({ ok: true, value: protectedSettings });
    expect(await handlers['settings:set']({ excludeFromCapture: true })).toEqual({
      ok: true,
      value: protectedSettings,
    });
    expect(onSettings).toHaveBeenCalledTimes(2);
    expect(onSettings).toHaveBeenLastCalledWith(protectedSettings);
  });

  it('are not passed on when the call failed (e.g. locked)', async () => {
    const onSettings = vi.fn();
    const handlers = observeSettings(fakeHandlers(protectedSettings, true), onSettings);
    expect((await handlers['settings:get']({})).ok).toBe(false);
    expect(onSettings).not.toHaveBeenCalled();
  });

  it('never break the answer when applying them throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = observeSettings(fakeHandlers(protectedSettings), () => {
      throw new Error('window gone');
    });
    expect(await handlers['settings:get']({})).toEqual({ ok: true, value: protectedSettings });
  });
});

describe('screen-capture protection', () => {
  const fakeWindow = (destroyed = false) => ({
    setContentProtection: vi.fn(),
    isDestroyed: () => destroyed,
  });

  it('is on by default, so a window made before unlock is protected', () => {
    expect(DEFAULT_SETTINGS.excludeFromCapture).toBe(true);
    expect(createCaptureProtection(DEFAULT_SETTINGS.excludeFromCapture).current()).toBe(true);
  });

  it('applies a toggle to the open window at once, and to windows made later', () => {
    const protection = createCaptureProtection(true);
    const window = fakeWindow();
    protection.apply({ ...DEFAULT_SETTINGS, excludeFromCapture: false }, window);
    expect(window.setContentProtection).toHaveBeenLastCalledWith(false);
    expect(protection.current()).toBe(false);
    protection.apply({ ...DEFAULT_SETTINGS, excludeFromCapture: true }, window);
    expect(window.setContentProtection).toHaveBeenLastCalledWith(true);
    expect(protection.current()).toBe(true);
  });

  it('remembers the setting when there is no window, or it is already closed', () => {
    const protection = createCaptureProtection(true);
    protection.apply({ ...DEFAULT_SETTINGS, excludeFromCapture: false }, null);
    const closed = fakeWindow(true);
    protection.apply({ ...DEFAULT_SETTINGS, excludeFromCapture: false }, closed);
    expect(closed.setContentProtection).not.toHaveBeenCalled();
    expect(protection.current()).toBe(false);
  });
});
