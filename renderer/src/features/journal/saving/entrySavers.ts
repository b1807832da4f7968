import { EntrySaver, type Draft } from './entrySaver';

/**
 * How long a lock waits for pending saves before it locks anyway. Under main's grace period
 * for 'app:lockRequested' (2 s), so our own vault:lock still arrives in time.
 */
const FLUSH_TIMEOUT_MS = 1_500;

/**
 * One EntrySaver per entry with unsaved or in-flight work, owned by the app (not by the
 * view), so leaving an entry never drops its last words and lock can flush everything.
 */
export class EntrySavers {
  private readonly savers = new Map<string, EntrySaver>();

  constructor(private readonly save: (draft: Draft) => Promise<void>) {}

  get(id: string): EntrySaver {
    let saver = this.savers.get(id);
    if (!saver) {
      saver = new EntrySaver(this.save);
      this.savers.set(id, saver);
    }
    return saver;
  }

  /** The editor for `id` closed: flush, and forget the saver once nothing is left to send. */
  async release(id: string): Promise<void> {
    const saver = this.savers.get(id);
    if (!saver) return;
    await saver.detach();
    if (!saver.busy && !saver.attached && this.savers.get(id) === saver) {
      saver.dispose();
      this.savers.delete(id);
    }
  }

  /** Drop an entry's pending work without sending it (the entry is being deleted). */
  discard(id: string): void {
    this.savers.get(id)?.dispose();
    this.savers.delete(id);
  }

  /** Best effort before a lock: every pending save gets one attempt, bounded in time. */
  async flushAll(timeoutMs = FLUSH_TIMEOUT_MS): Promise<void> {
    const all = Promise.all([...this.savers.values()].map((s) => s.flush()));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  /** On lock: stop every timer and drop every draft held in memory. */
  disposeAll(): void {
    for (const saver of this.savers.values()) saver.dispose();
    this.savers.clear();
  }
}
