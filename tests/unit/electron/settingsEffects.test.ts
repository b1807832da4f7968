import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Handlers, type Settings } from '../../../shared/contract';
import { observeSettings } from '../../../electron/main/settingsEffects';

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
