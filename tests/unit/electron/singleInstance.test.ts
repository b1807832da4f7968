import { describe, expect, it, vi } from 'vitest';
import {
  claimSingleInstance,
  focusFirstInstance,
  type FocusableWindow,
} from '../../../electron/main/singleInstance';

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

function fakeApp(gotLock: boolean) {
  const listeners: (() => void)[] = [];
  return {
    app: {
      requestSingleInstanceLock: () => gotLock,
      on: (_event: 'second-instance', listener: () => void) => listeners.push(listener),
      quit: vi.fn(),
    },
    /** What Electron does when someone starts Waypoint again. */
    secondStart: () => {
      for (const listener of listeners) listener();
    },
  };
}

describe('one Waypoint at a time', () => {
  it('a second start quits at once and touches nothing', () => {
    const { app } = fakeApp(false);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(onSecond).not.toHaveBeenCalled();
  });

  it('the first instance is told and brings its minimised window back to the front', () => {
    const { app, secondStart } = fakeApp(true);
    const { window, calls } = fakeWindow({ minimized: true });
    const openWindow = vi.fn();
    expect(
      claimSingleInstance(app, () => {
        focusFirstInstance(window, openWindow);
      }),
    ).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    secondStart();
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('with no window left (macOS keeps the app running), a second start opens one', () => {
    const openWindow = vi.fn();
    focusFirstInstance(null, openWindow);
    const { window, calls } = fakeWindow({ destroyed: true });
    focusFirstInstance(window, openWindow);
    expect(openWindow).toHaveBeenCalledTimes(2);
    expect(calls).toEqual([]);
  });
});
