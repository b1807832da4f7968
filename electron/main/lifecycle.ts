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
