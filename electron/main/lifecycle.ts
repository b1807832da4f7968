/**
 * Locking and quitting. Locking drains the vault's write queue, so quitting waits for it:
 * the first `before-quit` is cancelled, the lock runs, then the app quits again and that
 * second `before-quit` passes. No Electron import: tested with plain functions.
 */

export const QUIT_LOCK_TIMEOUT_MS = 15_000;

/**
 * One lock at a time: a menu click during a suspend-triggered lock joins the running one.
 * The renderer is told even if locking failed, so it clears what it shows.
 */
export function createLockAction(
  lock: () => Promise<void>,
  notifyLocked: () => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => {
    running ??= lock()
      .catch(() => {
        console.error('Waypoint could not lock cleanly.');
      })
      .then(() => {
        notifyLocked();
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
}

function withTimeout(promise: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error('timed out'));
    }, timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

export interface QuitGuardOptions {
  lock: () => Promise<void>;
  quit: () => void;
  /** A stuck lock must not make the app impossible to quit; writes are atomic anyway. */
  timeoutMs?: number;
}

export function createQuitGuard(
  options: QuitGuardOptions,
): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'locking' | 'locked' = 'running';
  return (event) => {
    if (state === 'locked') return;
    event.preventDefault();
    if (state === 'locking') return;
    state = 'locking';
    void withTimeout(options.lock(), options.timeoutMs ?? QUIT_LOCK_TIMEOUT_MS)
      .catch(() => {
        console.error('Waypoint could not lock cleanly before quitting.');
      })
      .finally(() => {
        state = 'locked';
        options.quit();
      });
  };
}

export const RENDERER_FLUSH_GRACE_MS = 2_000;

export interface FlushThenLockOptions {
  /** Tells the renderer to save what is on screen and lock itself ('app:lockRequested'). */
  askRenderer: () => void;
  /** Resolves once the vault is locked (by the renderer's own vault:lock). */
  whenLocked: () => Promise<void>;
  lock: () => Promise<void>;
  graceMs?: number;
}

/**
 * A lock from outside the page (menu, suspend, screen lock, quit) first gives the renderer a
 * moment to send its pending autosave, so text typed in the last few hundred milliseconds is
 * not lost; after the grace period main locks regardless.
 */
export async function flushThenLock(options: FlushThenLockOptions): Promise<void> {
  options.askRenderer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, options.graceMs ?? RENDERER_FLUSH_GRACE_MS);
  });
  await Promise.race([options.whenLocked(), grace]);
  clearTimeout(timer);
  await options.lock();
}
