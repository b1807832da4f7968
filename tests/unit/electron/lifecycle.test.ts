import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  QUIT_LOCK_TIMEOUT_MS,
  createLockAction,
  createQuitGuard,
  flushThenLock,
} from '../../../electron/main/lifecycle';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const quitEvent = () => ({ preventDefault: vi.fn() });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('quitting', () => {
  it('holds the quit until the vault is locked, then quits once and lets it through', async () => {
    const lock = deferred();
    const lockFn = vi.fn(() => lock.promise);
    const reentrant: ReturnType<typeof quitEvent>[] = [];
    const quit = vi.fn(() => {
      // app.quit() emits before-quit again, synchronously; the guard must let that one pass.
      const again = quitEvent();
      reentrant.push(again);
      guard(again);
    });
    const guard = createQuitGuard({ lock: lockFn, quit });

    const first = quitEvent();
    guard(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(lockFn).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();

    // Pressing quit again while locking neither quits nor locks twice.
    const impatient = quitEvent();
    guard(impatient);
    expect(impatient.preventDefault).toHaveBeenCalled();
    expect(lockFn).toHaveBeenCalledOnce();

    lock.resolve();
    await vi.waitFor(() => {
      expect(quit).toHaveBeenCalledOnce();
    });
    expect(reentrant).toHaveLength(1);
    expect(reentrant[0]?.preventDefault).not.toHaveBeenCalled();
    expect(lockFn).toHaveBeenCalledOnce();
  });

  it('still quits when locking fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quit = vi.fn();
    createQuitGuard({ lock: () => Promise.reject(new Error('disk gone')), quit })(quitEvent());
    await vi.waitFor(() => {
      expect(quit).toHaveBeenCalledOnce();
    });
  });

  it('still quits when locking hangs', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quit = vi.fn();
    createQuitGuard({ lock: () => new Promise<void>(() => undefined), quit })(quitEvent());
    await vi.advanceTimersByTimeAsync(QUIT_LOCK_TIMEOUT_MS - 1);
    expect(quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quit).toHaveBeenCalledOnce();
  });
});

describe('locking', () => {
  it('tells the renderer only after the vault has locked', async () => {
    const lock = deferred();
    const notify = vi.fn();
    const lockNow = createLockAction(() => lock.promise, notify);
    const done = lockNow();
    await Promise.resolve();
    expect(notify).not.toHaveBeenCalled();
    lock.resolve();
    await done;
    expect(notify).toHaveBeenCalledOnce();
  });

  it('joins a lock that is already running', async () => {
    const lock = deferred();
    const lockFn = vi.fn(() => lock.promise);
    const notify = vi.fn();
    const lockNow = createLockAction(lockFn, notify);
    const a = lockNow();
    const b = lockNow();
    lock.resolve();
    await Promise.all([a, b]);
    expect(lockFn).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledOnce();
    await lockNow();
    expect(lockFn).toHaveBeenCalledTimes(2);
  });

  it('clears the renderer even when locking failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notify = vi.fn();
    await createLockAction(() => Promise.reject(new Error('x')), notify)();
    expect(notify).toHaveBeenCalledOnce();
  });
});

describe('locking from outside the page', () => {
  it('asks the renderer to flush and lock, and locks itself only after the renderer did', async () => {
    const order: string[] = [];
    const locked = deferred();
    const run = flushThenLock({
      askRenderer: () => order.push('ask'),
      whenLocked: () => locked.promise,
      lock: () => {
        order.push('lock');
        return Promise.resolve();
      },
      graceMs: 60_000,
    });
    await Promise.resolve();
    expect(order).toEqual(['ask']);
    order.push('renderer saved and locked');
    locked.resolve();
    await run;
    expect(order).toEqual(['ask', 'renderer saved and locked', 'lock']);
  });

  it('locks anyway when the renderer does not answer within the grace period', async () => {
    vi.useFakeTimers();
    const lock = vi.fn(() => Promise.resolve());
    const run = flushThenLock({
      askRenderer: () => undefined,
      whenLocked: () => new Promise<void>(() => undefined),
      lock,
      graceMs: 2_000,
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await run;
    expect(lock).toHaveBeenCalledOnce();
  });
});
