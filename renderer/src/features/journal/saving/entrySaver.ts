import type { DocNode, EntryLink } from '../../../../../shared/journal';
import { WaypointError } from '../../../api/client';

export interface Draft {
  id: string;
  title: string;
  /** Omitted while the date field holds something that isn't a valid date. */
  date?: string | undefined;
  content: DocNode;
  /** The entry's links: its mention chips plus any made without one. */
  links?: EntryLink[] | undefined;
}

/**
 * pending: changes not yet sent; saving: a save in flight; retrying: the last save failed
 * and will be tried again; refused: main said no for a reason a retry can't fix (the entry
 * is over the size limit), so nothing is sent until the text changes.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'retrying' | 'refused';

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Main's message when a save can only succeed after the text changes; null otherwise. */
function refusalOf(error: unknown): string | null {
  return error instanceof WaypointError && error.code === 'too_large' ? error.message : null;
}

/**
 * Autosave for one entry. Changes are debounced; at most one save is in flight, and when
 * it returns the latest content (not a queue of old versions) goes next. A failed save is
 * retried with backoff and its text is kept: while the editor is open it is the source,
 * after it closes a snapshot taken at `detach` is. A save refused as too large is not
 * retried until the text changes; its message stays until a save succeeds, and the saver
 * keeps its draft (it counts as busy), so reopening the entry shows the refused text.
 * Nothing is sent after `dispose`.
 */
export class EntrySaver {
  private source: (() => Draft) | null = null;
  /** The newest draft taken from the editor: what a retry sends once the editor is gone. */
  private latest: Draft | null = null;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private disposed = false;
  private state: SaveState = 'saved';
  private refusal: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly save: (draft: Draft) => Promise<void>,
    private readonly debounceMs = 400,
  ) {}

  /**
   * What a closed editor left behind and main may not have yet: reopen from this rather
   * than from the query cache, or newer words would be overwritten by older ones.
   */
  get unsavedDraft(): Draft | null {
    return this.busy && !this.source ? this.latest : null;
  }

  get busy(): boolean {
    return this.dirty || this.inFlight !== null || this.refusal !== null;
  }

  get attached(): boolean {
    return this.source !== null;
  }

  attach(source: () => Draft): void {
    this.source = source;
  }

  /** The editor is going away: keep what it holds and send it now. */
  detach(): Promise<void> {
    if (this.source && this.dirty) this.latest = this.source();
    this.source = null;
    return this.flush();
  }

  changed(): void {
    if (this.disposed) return;
    this.dirty = true;
    if (this.state === 'saved' || this.state === 'refused') this.setState('pending');
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.pump(), this.debounceMs);
  }

  /** Sends pending changes now. Resolves after that attempt, whether or not it succeeded. */
  flush(): Promise<void> {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    return this.pump();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.listeners.clear();
    this.source = null;
    this.latest = null;
  }

  getState = (): SaveState => this.state;

  /** Why the last save was refused (main's words), until a save succeeds. */
  getRefusal = (): string | null => this.refusal;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private takeDraft(): Draft | null {
    if (this.source) this.latest = this.source();
    return this.latest;
  }

  private async pump(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (this.disposed || !this.dirty) return;
    const draft = this.takeDraft();
    if (!draft) return;
    this.dirty = false;
    this.setState('saving');
    const attempt = this.save(draft).then(
      () => {
        this.failures = 0;
        this.setRefusal(null);
        if (this.dirty) {
          this.setState('pending');
        } else {
          this.setState('saved');
        }
      },
      (error: unknown) => {
        const refusal = refusalOf(error);
        if (refusal !== null) {
          // Retrying the same text can't help; a change (already pending or still to come)
          // sends it again through the debounce.
          this.failures = 0;
          this.setRefusal(refusal);
          this.setState(this.dirty ? 'pending' : 'refused');
          return;
        }
        this.dirty = true;
        this.setState('retrying');
        this.scheduleRetry();
      },
    );
    this.inFlight = attempt.finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private scheduleRetry(): void {
    if (this.disposed) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    this.failures += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.pump(), delay);
  }

  private setRefusal(refusal: string | null): void {
    if (this.disposed || refusal === this.refusal) return;
    this.refusal = refusal;
    for (const listener of this.listeners) listener();
  }

  private setState(state: SaveState): void {
    if (this.disposed || state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
