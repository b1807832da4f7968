/**
 * Clears text copied from Waypoint off the system clipboard after a while (the
 * `clipboardClearSeconds` setting), and at lock — but only if the clipboard still holds what
 * we copied: whatever the user copied elsewhere since is theirs and is never touched.
 *
 * Only a SHA-256 digest of the copied text is kept, never the text. The clipboard itself and
 * the timers are injected: Electron's `clipboard` module in main, the page's clipboard and a
 * hand-driven clock in tests.
 */
import { createHash } from 'node:crypto';

export interface ClipboardAccess {
  readText(): Promise<string>;
  clear(): Promise<void>;
}

export interface GuardTimers {
  set(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

export interface ClipboardGuard {
  /** Text was just copied from the app; clear it after `seconds` (0 = never). */
  copied(text: string, seconds: number): void;
  /** Clears the clipboard now if it still holds the last text we were asked to clear. */
  clearIfOurs(): Promise<boolean>;
}

const REAL_TIMERS: GuardTimers = {
  set: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending clear must never keep the process alive at quit.
    handle.unref();
    return handle;
  },
  cancel: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** Windows hands back "\r\n" where the page wrote "\n"; compare the text, not the line ends. */
function digest(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}

export function createClipboardGuard(
  clipboard: ClipboardAccess,
  timers: GuardTimers = REAL_TIMERS,
): ClipboardGuard {
  let pending: { digest: string; timer: unknown } | null = null;

  const forget = (): void => {
    if (pending !== null) timers.cancel(pending.timer);
    pending = null;
  };

  const clearIfOurs = async (): Promise<boolean> => {
    const ours = pending?.digest;
    forget();
    if (ours === undefined || ours === digest('')) return false;
    try {
      if (digest(await clipboard.readText()) !== ours) return false;
      await clipboard.clear();
      return true;
    } catch {
      console.error('Waypoint could not clear the clipboard.');
      return false;
    }
  };

  return {
    copied(text, seconds) {
      // A newer copy replaces the older one: the clipboard can only hold the latest anyway.
      forget();
      if (!(seconds > 0) || text === '') return;
      pending = {
        digest: digest(text),
        timer: timers.set(() => void clearIfOurs(), seconds * 1000),
      };
    },
    clearIfOurs,
  };
}
