import type { UnlockResult, VaultNotice, VaultStatus } from '../../shared/contract';
import { definedChanges, type Entry, type EntryChanges } from '../../shared/journal';
import type { ExternalMerge } from './vault/conflictCopies';
import type { Sealed } from './vault/crypto';
import { JournalState, expiredTrash } from './journal/journalState';
import { VaultError } from './vault/errors';
import type { ScryptParams } from './vault/kdf';
import { Vault } from './vault/vault';

export interface SessionOptions {
  /** The vault folder (Electron's userData/vault, or WAYPOINT_DATA_DIR). */
  dataDir: string;
  /** Only tests and benchmarks pass this; the app always uses APP_KDF. */
  kdf?: ScryptParams;
  now?: () => Date;
  /** Only tests pass this: how many recent entries opening reads first (Vault's RECENT_ENTRIES). */
  recentEntries?: number;
}

type EntryPatch = { id: string } & EntryChanges;

/** How to unlock: only `takeOverOtherHost`, after the user chose to open a journal whose lock names another computer. */
export interface UnlockOptions {
  takeOverOtherHost?: boolean;
}

function applyChanges(entry: Entry, changes: EntryChanges): Entry {
  return { ...entry, ...definedChanges(changes) };
}

/** Everything a save may carry, taken from a full draft. */
function changesOf(draft: Entry): EntryPatch {
  const { id, date, title, content, tags, shareWithTherapist, pinned, links } = draft;
  return { id, date, title, content, tags, shareWithTherapist, pinned, links };
}

/**
 * One user's time with the journal between unlock and lock. Holds the open vault and the
 * drafts that could not be saved yet: those survive a lock sealed under the vault key (only
 * ciphertext stays in memory) and are saved again after the next unlock.
 */
export class Session {
  private vault: Vault | null = null;
  private readonly unsaved = new Map<string, Entry>();
  private sealedDrafts: Sealed | null = null;
  private busy: Promise<unknown> = Promise.resolve();
  private lockWaiters: (() => void)[] = [];
  /** The save in flight for each entry: saves of one entry run one after another. */
  private readonly entrySaves = new Map<string, Promise<unknown>>();
  private journalState: JournalState | null = null;
  /** Resolves when every month is read, the expired trash purged and the search index started. */
  private loaded: Promise<void> = Promise.resolve();
  private readonly unlockListeners = new Set<(vault: Vault) => void>();
  private readonly changeListeners = new Set<
    (entry: Entry | { id: string; removed: true }) => void
  >();
  private readonly externalListeners = new Set<(merge: ExternalMerge) => void>();
  private readonly loadedListeners = new Set<() => void>();

  constructor(readonly options: SessionOptions) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  isUnlocked(): boolean {
    return this.vault !== null;
  }

  /** The open vault, or the "locked" error every post-unlock channel answers with. */
  requireVault(): Vault {
    if (!this.vault) throw new VaultError('locked', 'Your journal is locked. Unlock it to go on.');
    return this.vault;
  }

  async status(): Promise<VaultStatus> {
    if (this.vault) {
      return {
        state: 'unlocked',
        passphraseResetRequired: this.vault.passphraseResetRequired,
        notices: this.vault.notices,
      };
    }
    return {
      state: (await Vault.exists(this.dataDir)) ? 'locked' : 'none',
      passphraseResetRequired: false,
      notices: [],
    };
  }

  create(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.exclusive(async () => {
      if (this.vault) throw new VaultError('vault_exists', 'A journal is already open.');
      const { vault, recoveryKey } = await Vault.create(
        this.dataDir,
        passphrase,
        this.vaultOptions(),
      );
      await this.attach(vault);
      return { recoveryKey };
    });
  }

  unlock(passphrase: string, options: UnlockOptions = {}): Promise<UnlockResult> {
    return this.exclusive(async () => {
      // Already open (e.g. the window reloaded): the passphrase must still be proven.
      if (this.vault) {
        await this.vault.provePassphrase(passphrase);
        return this.opened(this.vault);
      }
      return this.opened(
        await Vault.open(this.dataDir, passphrase, { ...this.vaultOptions(), ...options }),
      );
    });
  }

  unlockWithRecoveryKey(recoveryKey: string, options: UnlockOptions = {}): Promise<UnlockResult> {
    return this.exclusive(async () => {
      if (this.vault) {
        this.vault.proveRecoveryKey(recoveryKey);
        return this.opened(this.vault);
      }
      return this.opened(
        await Vault.openWithRecoveryKey(this.dataDir, recoveryKey, {
          ...this.vaultOptions(),
          ...options,
        }),
      );
    });
  }

  /** Drains writes, seals unsaved drafts, forgets the key and every decrypted cache. */
  lock(): Promise<void> {
    return this.exclusive(async () => {
      const vault = this.vault;
      if (!vault) return;
      await this.retryUnsaved(vault);
      if (this.unsaved.size > 0) {
        this.sealedDrafts = vault.sealInMemory(
          Buffer.from(JSON.stringify([...this.unsaved.values()]), 'utf8'),
        );
      }
      this.unsaved.clear();
      this.journalState?.dispose();
      this.journalState = null;
      this.vault = null;
      await vault.close();
      for (const resolve of this.lockWaiters.splice(0)) resolve();
    });
  }

  /**
   * Locks, runs `replace` on the closed vault folder (restore from a backup), then unlocks
   * what is there with `credential`. If that fails the journal simply stays locked.
   */
  async replaceWhileLocked(
    replace: () => Promise<void>,
    credential: { passphrase: string } | { recoveryKey: string },
  ): Promise<UnlockResult> {
    await this.lock();
    return this.exclusive(async () => {
      await replace();
      const options = this.vaultOptions();
      return this.opened(
        'passphrase' in credential
          ? await Vault.open(this.dataDir, credential.passphrase, options)
          : await Vault.openWithRecoveryKey(this.dataDir, credential.recoveryKey, options),
      );
    });
  }

  /** Called after every unlock that opened the vault (automatic backups). */
  onUnlock(listener: (vault: Vault) => void): () => void {
    this.unlockListeners.add(listener);
    return () => this.unlockListeners.delete(listener);
  }

  /** Resolves at the next lock (at once if locked): lets main give the renderer a moment to flush. */
  whenLocked(): Promise<void> {
    if (!this.vault) return Promise.resolve();
    return new Promise((resolve) => this.lockWaiters.push(resolve));
  }

  // ------------------------------------------------------------- entries with drafts

  /** An entry in memory; channels that use it wait for `whenLoaded` first. */
  getEntry(id: string): Entry {
    const entry = this.unsaved.get(id) ?? this.requireVault().getEntry(id);
    if (!entry) throw new VaultError('not_found', 'That entry no longer exists.');
    return entry;
  }

  /** An entry, waiting for the older months if it is in one not read yet. */
  async findEntry(id: string): Promise<Entry> {
    const entry = this.unsaved.get(id) ?? (await this.requireVault().findEntry(id));
    if (!entry) throw new VaultError('not_found', 'That entry no longer exists.');
    return entry;
  }

  /**
   * Resolves once the whole journal is in memory: the older months are read in the background
   * after unlock (recent months first), so every channel but the first screen's waits for it.
   */
  whenLoaded(): Promise<void> {
    const vault = this.requireVault();
    // A month the disk refused last time (EIO…) is tried again by the next caller.
    return this.loaded.catch(() => {
      if (this.vault !== vault) throw new VaultError('locked', 'Your journal is locked.');
      this.loaded = this.afterLoad(vault, this.journal());
      return this.loaded;
    });
  }

  listEntries(): Entry[] {
    const saved = this.requireVault().listEntries();
    if (this.unsaved.size === 0) return saved;
    return saved.map((e) => this.unsaved.get(e.id) ?? e);
  }

  /**
   * Saves an entry; if the disk refuses, the text is kept as a draft and the error returned.
   * Saves of the same entry wait for each other, so two quick changes (say "share" then "pin")
   * each apply to the entry as the other left it, instead of the second undoing the first.
   */
  async saveEntry(patch: EntryPatch): Promise<Entry> {
    const before = this.entrySaves.get(patch.id) ?? Promise.resolve();
    const run = before.catch(() => undefined).then(() => this.saveEntryNow(patch));
    this.entrySaves.set(patch.id, run);
    try {
      return await run;
    } finally {
      if (this.entrySaves.get(patch.id) === run) this.entrySaves.delete(patch.id);
    }
  }

  private async saveEntryNow(patch: EntryPatch): Promise<Entry> {
    const vault = this.requireVault();
    const draft = applyChanges(await this.findEntry(patch.id), patch);
    try {
      const saved = await vault.saveEntry(changesOf(draft));
      this.unsaved.delete(patch.id);
      this.emitChange(saved);
      return saved;
    } catch (error) {
      if (error instanceof VaultError && error.code === 'save_failed')
        this.unsaved.set(patch.id, draft);
      throw error;
    }
  }

  /** Moves an entry to the trash (or back): nothing is deleted for LIMITS.trashDays. */
  async setDeleted(id: string, deleted: boolean): Promise<Entry> {
    const vault = this.requireVault();
    // Unsaved text goes in first, so trash and restore never lose a draft.
    if (this.unsaved.has(id)) await this.saveEntry({ id });
    const entry = await vault.setDeleted(
      id,
      deleted ? (this.options.now?.() ?? new Date()).toISOString() : null,
    );
    this.emitChange(entry);
    return entry;
  }

  async deleteForever(ids: readonly string[]): Promise<void> {
    await this.requireVault().deleteEntries(ids);
    for (const id of ids) {
      this.unsaved.delete(id);
      this.emitRemove(id);
    }
  }

  async deleteEntry(id: string): Promise<void> {
    await this.deleteForever([id]);
  }

  /** Called with every entry that changed or disappeared (search index, summary cache). */
  onEntryChange(listener: (entry: Entry | { id: string; removed: true }) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  emitChange(entry: Entry): void {
    this.journalState?.changed(entry);
    for (const listener of this.changeListeners) listener(entry);
  }

  private emitRemove(id: string): void {
    this.journalState?.removed(id);
    for (const listener of this.changeListeners) listener({ id, removed: true });
  }

  /** Called when another writer's changes were merged in (main tells the renderer). */
  onExternalChange(listener: (merge: ExternalMerge) => void): () => void {
    this.externalListeners.add(listener);
    return () => this.externalListeners.delete(listener);
  }

  private listenForExternalChanges(vault: Vault): void {
    vault.onExternalChange = (merge) => {
      for (const entry of merge.changed) this.emitChange(entry);
      for (const id of merge.removed) this.emitRemove(id);
      for (const listener of this.externalListeners) listener(merge);
    };
  }

  /** Entries in the trash longer than LIMITS.trashDays are deleted for good at unlock. */
  private async purgeExpiredTrash(vault: Vault): Promise<void> {
    const expired = expiredTrash(vault.listEntries(), this.options.now?.() ?? new Date());
    if (expired.length === 0) return;
    try {
      await vault.deleteEntries(expired);
      for (const id of expired) this.emitRemove(id);
    } catch {
      // A failing disk must not block unlocking; the purge is tried again next time.
    }
  }

  get unsavedCount(): number {
    return this.unsaved.size;
  }

  // ------------------------------------------------------------- internals

  private vaultOptions() {
    return {
      ...(this.options.kdf ? { kdf: this.options.kdf } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.recentEntries !== undefined
        ? { recentEntries: this.options.recentEntries }
        : {}),
    };
  }

  /**
   * Derived, in-memory journal state (summaries, search) for the unlocked vault. Its search
   * index is built once every month is read (`whenLoaded`).
   */
  journal(): JournalState {
    const vault = this.requireVault();
    this.journalState ??= new JournalState(vault);
    return this.journalState;
  }

  /** After unlock, in the background: the rest of the journal, the trash purge, the index. */
  private async afterLoad(vault: Vault, state: JournalState): Promise<void> {
    const wasPartial = !vault.loadProgress().complete;
    await vault.whenLoaded();
    await this.purgeExpiredTrash(vault);
    if (this.vault !== vault) return;
    state.start(vault.listEntries());
    if (wasPartial) for (const listener of this.loadedListeners) listener();
  }

  /** Called when the older months, read in the background after unlock, are all in memory. */
  onLoaded(listener: () => void): () => void {
    this.loadedListeners.add(listener);
    return () => this.loadedListeners.delete(listener);
  }

  /**
   * Makes `vault` the open one. The older months are read in the background (recent months
   * first); a journal read whole at opening is purged and indexed before this returns.
   */
  private async attach(vault: Vault): Promise<void> {
    this.vault = vault;
    this.listenForExternalChanges(vault);
    const state = this.journal();
    // Summaries of the older months are made as they arrive, not all at the first full list.
    vault.onEntriesLoaded = (entries) => state.summarize(entries);
    const complete = vault.loadProgress().complete;
    this.loaded = this.afterLoad(vault, state);
    // Seen by whoever waits for it; never an unhandled rejection.
    this.loaded.catch(() => undefined);
    if (complete) await this.loaded.catch(() => undefined);
  }

  private async opened(vault: Vault): Promise<UnlockResult> {
    if (this.vault === vault)
      return {
        notices: [...vault.notices],
        passphraseResetRequired: vault.passphraseResetRequired,
      };
    await this.attach(vault);
    const notices: VaultNotice[] = [...vault.notices];
    if (this.sealedDrafts) {
      // A draft may belong to an older month: everything is read before they are saved.
      await this.loaded.catch(() => undefined);
      const drafts = this.restoreDrafts(vault, this.sealedDrafts);
      this.sealedDrafts = null;
      for (const draft of drafts) this.unsaved.set(draft.id, draft);
      await this.retryUnsaved(vault);
      const notice: VaultNotice = {
        kind: 'drafts_restored',
        message:
          this.unsaved.size === 0
            ? 'Writing that could not be saved before the journal locked has now been saved.'
            : 'Some writing still could not be saved. It is kept safe here and Waypoint keeps trying.',
      };
      notices.push(notice);
      vault.notices.push(notice);
    }
    for (const listener of this.unlockListeners) listener(vault);
    return { notices, passphraseResetRequired: vault.passphraseResetRequired };
  }

  private restoreDrafts(vault: Vault, sealed: Sealed): Entry[] {
    try {
      return JSON.parse(vault.openInMemory(sealed).toString('utf8')) as Entry[];
    } catch {
      // Sealed under another vault's key (a different journal was unlocked): keep them sealed.
      this.sealedDrafts = sealed;
      return [];
    }
  }

  private async retryUnsaved(vault: Vault): Promise<void> {
    for (const draft of [...this.unsaved.values()]) {
      try {
        if (!vault.getEntry(draft.id)) continue;
        this.emitChange(await vault.saveEntry(changesOf(draft)));
        this.unsaved.delete(draft.id);
      } catch {
        // Still failing: it stays a draft.
      }
    }
  }

  /** Unlock, create and lock never overlap. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.busy.then(task, task);
    this.busy = run.catch(() => undefined);
    return run;
  }
}

export function createSession(options: SessionOptions): Session {
  return new Session(options);
}
