import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { VaultNotice } from '../../../shared/contract';
import { LIMITS } from '../../../shared/limits';
import {
  definedChanges,
  entrySchema,
  withEntryDefaults,
  type Entry,
  type EntryChanges,
} from '../../../shared/journal';
import { DIR_MODE, ensureDir, removeStrayTempFiles } from './atomicFile';
import { open as openSealed, seal, type Sealed } from './crypto';
import { EncryptedAdapter, UnreadableFileError } from './encryptedAdapter';
import { MESSAGES, VaultError } from './errors';
import { nodeFs, type VaultFs } from './fsLayer';
import { shapeCheckFor } from './shardShape';
import { shardJson } from './shardJson';
import {
  buildHeader,
  headerExists,
  readHeader,
  rewrapPassphrase,
  rewrapRecovery,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeHeader,
  type KeyHeader,
} from './header';
import { APP_KDF, type ScryptParams } from './kdf';
import { acquireLock, lockError, lockHolder, releaseLock } from './lockFile';
import { ExternalChangeError, changedOnDisk, mergeById } from './externalChange';
import { CONFLICTS_TYPE, type ConflictCopy, type ExternalMerge } from './conflictCopies';
import { refuseNewerSchema } from './schemaGuard';
import {
  MANIFEST_FILE,
  entryShardName,
  manifestSchema,
  parseShardName,
  recordShardName,
  type ManifestData,
} from './manifest';
import { CURRENT_SCHEMA_VERSION, TooNewError, migrate, migrateManifest } from './migrations';
import { generateRecoveryKey, parseRecoveryKey } from './recoveryKey';
import { reencryptVault } from './rotation';
import { finishSwap } from './stagedSwap';
import { WriteQueue } from './writeQueue';
import type { KeyInfo } from './encryptedFile';

export interface VaultOptions {
  /** Key-derivation cost. The app always uses APP_KDF; tests pass a cheap one explicitly. */
  kdf?: ScryptParams;
  now?: () => Date;
  /** The file system underneath; only tests pass one (fault injection, power loss). */
  fs?: VaultFs;
  /** The user chose to open a journal whose lock names another computer. */
  takeOverOtherHost?: boolean;
  /**
   * Recent months first: opening reads the newest months until it holds at least this many
   * entries, and the older months in the background (`whenLoaded`). Default RECENT_ENTRIES;
   * `Infinity` reads everything before opening resolves.
   */
  recentEntries?: number;
}

/** Enough entries for the first screens (Home, the timeline's first page of ~250 rows). */
export const RECENT_ENTRIES = 400;

interface EntryShardData {
  entries: Entry[];
}
interface RecordShardData {
  records: { id: string; value: unknown }[];
}
type ShardData = EntryShardData | RecordShardData;

/** A lowdb instance that keeps its typed adapter at hand (for the generation). */
class ShardDb extends Low<ShardData> {
  constructor(
    readonly file: EncryptedAdapter<ShardData>,
    data: ShardData,
  ) {
    super(file, data);
  }
}

/** A month's entries split into parts beyond this much plaintext, so saves stay cheap (a heavy
 * month of 20,000 entries in ten years is ~700 KB; 256 KB parts keep its saves near a light
 * month's). Existing larger parts stay as they are; new entries go to a new part. */
export const SHARD_SPLIT_BYTES = 256 * 1024;
const SHARD_DIRS = ['entries', 'records'] as const;
const SET_ASIDE_DIR = 'set-aside';
/** Another writer changing a file again while we merge is retried this many times. */
const MERGE_ATTEMPTS = 4;

export interface VerifyReport {
  ok: boolean;
  filesChecked: number;
  problems: string[];
}

/** Base64url, never starting with "-": an id must be safe to pass as a command-line argument. */
function newId(): string {
  for (;;) {
    const id = randomBytes(12).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function monthOf(date: string): string {
  return date.slice(0, 7);
}

function setAsideNotice(item: ManifestData['setAside'][number]): VaultNotice {
  return item.reason === 'rolled_back'
    ? {
        kind: 'shard_rolled_back',
        message:
          'Part of your journal was older than expected and was set aside. You can restore it from a backup.',
        file: item.file,
      }
    : {
        kind: 'shard_damaged',
        message:
          'Part of your journal could not be read and was set aside. You can restore it from a backup.',
        file: item.file,
      };
}

/**
 * The encrypted journal on disk: a key header, an encrypted manifest and encrypted shards
 * (entries by month, structured records by type), each a lowdb `Low` over one encrypted
 * adapter. Every write goes through one queue: shard first, then manifest.
 */
export class Vault {
  readonly notices: VaultNotice[] = [];
  private readonly queue = new WriteQueue();
  private readonly shards = new Map<string, ShardDb>();
  private readonly entryIndex = new Map<string, { entry: Entry; shard: string }>();
  private manifest!: Low<ManifestData>;
  private closed = false;
  /** Set at the start of close(): the background load stops queueing reads. */
  private closing = false;
  /** Entry shards not read yet, newest month first: the background load reads them in turn. */
  private readonly unread = new Set<string>();
  private background: Promise<void> = Promise.resolve();
  /** Why the background load stopped, until a later try gets further (told to the user). */
  private loadProblem: string | null = null;
  /** Told of each batch of entries the background load adds (summaries are made ahead). */
  onEntriesLoaded: ((entries: readonly Entry[]) => void) | null = null;

  private constructor(
    readonly dir: string,
    private header: KeyHeader,
    private dek: Buffer,
    private readonly kdf: ScryptParams,
    private readonly now: () => Date,
    /** True after a recovery-key unlock until a new passphrase is set. */
    public passphraseResetRequired: boolean,
    private readonly fs: VaultFs = nodeFs,
  ) {}

  // ---------------------------------------------------------------- opening and closing

  static async exists(dir: string): Promise<boolean> {
    return headerExists(dir);
  }

  static async create(
    dir: string,
    passphrase: string,
    options: VaultOptions = {},
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    const fs = options.fs ?? nodeFs;
    if (await headerExists(dir, fs)) throw new VaultError('vault_exists', MESSAGES.vaultExists);
    await ensureDir(dir, fs);
    await fs.chmod(dir, DIR_MODE);
    const kdf = options.kdf ?? APP_KDF;
    const now = options.now ?? (() => new Date());
    const dek = randomBytes(32);
    const recovery = generateRecoveryKey();
    const header = await buildHeader({
      vaultId: randomBytes(16).toString('hex'),
      keyVersion: 1,
      dek,
      passphrase,
      recoveryKey: recovery.bytes,
      kdf,
      now: now(),
    });
    await acquireLock(dir, fs);
    const vault = new Vault(dir, header, dek, kdf, now, false, fs);
    vault.manifest = new Low(vault.adapter(MANIFEST_FILE), {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      shards: {},
      setAside: [],
    });
    // The manifest exists before the header names the vault, so a crash in between leaves
    // either no vault (header missing) or a complete empty one.
    await vault.manifest.write();
    await writeHeader(dir, header, fs);
    return { vault, recoveryKey: recovery.display };
  }

  static async open(dir: string, passphrase: string, options: VaultOptions = {}): Promise<Vault> {
    const read = await readHeader(dir, options.fs);
    await Vault.refuseIfHeld(dir, options);
    const dek = await unwrapWithPassphrase(read.header, passphrase);
    return Vault.finishOpen(dir, read, dek, options, false);
  }

  static async openWithRecoveryKey(
    dir: string,
    recoveryKey: string,
    options: VaultOptions = {},
  ): Promise<Vault> {
    const read = await readHeader(dir, options.fs);
    await Vault.refuseIfHeld(dir, options);
    const dek = unwrapWithRecoveryKey(read.header, parseRecoveryKey(recoveryKey));
    return Vault.finishOpen(dir, read, dek, options, true);
  }

  /** Another live process here, or another computer unless the user chose to take over. */
  private static async refuseIfHeld(dir: string, options: VaultOptions): Promise<void> {
    const holder = await lockHolder(dir, options.fs);
    if (holder.kind === 'other_host' && options.takeOverOtherHost === true) return;
    const refusal = lockError(holder);
    if (refusal) throw refusal;
  }

  private static async finishOpen(
    dir: string,
    read: Awaited<ReturnType<typeof readHeader>>,
    dek: Buffer,
    options: VaultOptions,
    viaRecovery: boolean,
  ): Promise<Vault> {
    // Nothing is written before this point: the key is proven.
    await acquireLock(dir, options.fs, { takeOverOtherHost: options.takeOverOtherHost === true });
    const vault = new Vault(
      dir,
      read.header,
      dek,
      options.kdf ?? APP_KDF,
      options.now ?? (() => new Date()),
      viaRecovery,
      options.fs,
    );
    try {
      // A rotation or restore cut off after its switch is finished; one before it, undone.
      await finishSwap(dir, read.header, options.fs);
      if (read.damaged) {
        vault.notices.push({
          kind: 'header_repaired',
          message:
            read.damaged === 'vault.key'
              ? "This journal's key file was damaged. Waypoint opened it from the backup copy and repaired it."
              : "The backup copy of this journal's key file was damaged. Waypoint has repaired it.",
          file: read.damaged,
        });
      }
      await vault.load(options.recentEntries ?? RECENT_ENTRIES);
      // Only once the data opened under this header: a key file copied in from another
      // journal (whose passphrase happens to match) must never overwrite the good copy.
      if (read.primaryNeedsRepair || read.mirrorNeedsRepair)
        await writeHeader(dir, read.header, options.fs);
      await removeStrayTempFiles(dir, options.fs);
      vault.background = vault.readTheRest();
      // Seen by whoever waits for it (whenLoaded); never an unhandled rejection.
      vault.background.catch(() => undefined);
      return vault;
    } catch (error) {
      await vault.close();
      throw error;
    }
  }

  /** Drains pending writes, releases the lock and forgets the key. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    await this.queue.drain();
    this.closed = true;
    this.dek.fill(0);
    this.shards.clear();
    this.entryIndex.clear();
    this.unread.clear();
    await releaseLock(this.dir, this.fs);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get id(): string {
    return this.header.vaultId;
  }

  // ---------------------------------------------------------------- loading

  private adapter<T>(name: string): EncryptedAdapter<T> {
    return new EncryptedAdapter<T>(
      this.dir,
      name,
      this.header.vaultId,
      () => {
        if (this.closed) throw new VaultError('locked', 'The journal is locked.');
        return { dek: this.dek, keyVersion: this.header.keyVersion };
      },
      this.fs,
      shapeCheckFor(name),
      parseShardName(name)?.kind === 'entries' ? shardJson : undefined,
    );
  }

  private async load(recentEntries: number): Promise<void> {
    this.manifest = new Low(this.adapter(MANIFEST_FILE), {
      schemaVersion: 0,
      shards: {},
      setAside: [],
    });
    try {
      await this.manifest.read();
      refuseNewerSchema(this.manifest.data);
      migrateManifest(this.manifest.data);
      this.manifest.data = manifestSchema.parse(this.manifest.data);
    } catch (error) {
      if (error instanceof VaultError && ['disk_error', 'vault_too_new'].includes(error.code))
        throw error;
      if (error instanceof TooNewError) throw new VaultError('vault_too_new', MESSAGES.tooNew);
      throw new VaultError('data_damaged', MESSAGES.manifestDamaged, MANIFEST_FILE);
    }
    let manifestChanged = false;
    const manifest = this.manifest.data;
    const names = [
      ...new Set([...Object.keys(manifest.shards), ...(await this.listShardFiles())]),
    ].filter((name) => parseShardName(name) !== null);
    // A migration needs every file; otherwise the older months are read after opening.
    const migrating = manifest.schemaVersion !== CURRENT_SCHEMA_VERSION;
    const later = new Set(migrating ? [] : this.olderMonths(names, recentEntries));
    for (const name of names) {
      if (later.has(name)) continue;
      if (await this.readShard(name)) manifestChanged = true;
    }
    for (const name of later) this.unread.add(name);
    this.indexEntries();

    if (migrating) {
      await this.runMigrations(manifest.schemaVersion);
      manifestChanged = true;
    }
    for (const item of manifest.setAside) this.notices.push(setAsideNotice(item));
    if (manifestChanged) await this.queue.run(() => this.writeManifest());
  }

  /**
   * The entry shards of every month older than the newest months that together hold
   * `recent` entries (by the manifest's counts), newest first. A shard the manifest does not
   * list (a save interrupted before the manifest) is always read at once.
   */
  private olderMonths(names: readonly string[], recent: number): string[] {
    const months = new Map<string, string[]>();
    for (const name of names) {
      const parsed = parseShardName(name);
      if (parsed?.kind !== 'entries' || !this.manifest.data.shards[name]) continue;
      months.set(parsed.month, [...(months.get(parsed.month) ?? []), name]);
    }
    let held = 0;
    const later: string[] = [];
    for (const month of [...months.keys()].sort().reverse()) {
      const parts = months.get(month) ?? [];
      if (held >= recent) later.push(...parts);
      else for (const name of parts) held += this.manifest.data.shards[name]?.count ?? 0;
    }
    return later;
  }

  /**
   * Reads one shard into memory, or sets it aside if it cannot be used (damaged, or older
   * than the manifest says). True when the manifest must be written again.
   */
  private async readShard(name: string): Promise<boolean> {
    const manifest = this.manifest.data;
    const expected = manifest.shards[name];
    const db = new ShardDb(this.adapter(name), this.emptyShard(name));
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      if (error.reason === 'missing' && expected && expected.count === 0) {
        Reflect.deleteProperty(manifest.shards, name);
      } else {
        await this.setAside(name, 'damaged', error.reason === 'missing');
      }
      return true;
    }
    const generation = db.file.generation;
    if (expected && generation < expected.generation) {
      await this.setAside(name, 'rolled_back', false);
      return true;
    }
    let changed = false;
    if (!expected || generation > expected.generation) {
      // The shard was written but the manifest after it was not (a crash in between).
      changed = true;
      this.notices.push({
        kind: 'manifest_repaired',
        message: 'Waypoint finished a save that was interrupted last time.',
        file: name,
      });
    }
    this.shards.set(name, db);
    manifest.shards[name] = { generation, count: this.countOf(db.data) };
    return changed;
  }

  /** Reads the older months one shard at a time, each in the write queue between saves. */
  private async readTheRest(): Promise<void> {
    try {
      for (const name of [...this.unread]) {
        // Between shards the event loop answers IPC, and saves queued meanwhile go first.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.closing) return;
        await this.queue.run(async () => {
          if (this.closed || !this.unread.has(name)) return;
          if (await this.readUnread(name)) await this.writeManifest();
        });
        this.loadProblem = null;
      }
    } catch (error) {
      this.loadProblem = error instanceof VaultError ? error.message : MESSAGES.diskError;
      throw error;
    }
  }

  /** Inside the queue: reads one shard not read yet and adds its entries. */
  private async readUnread(name: string): Promise<boolean> {
    const asideBefore = this.manifest.data.setAside.length;
    this.unread.delete(name);
    let changed: boolean;
    try {
      changed = await this.readShard(name);
    } catch (error) {
      this.unread.add(name);
      throw error;
    }
    for (const item of this.manifest.data.setAside.slice(asideBefore))
      this.notices.push(setAsideNotice(item));
    const db = this.shards.get(name);
    const added = db ? this.indexShard(name, db) : [];
    if (added.length > 0) this.onEntriesLoaded?.(added);
    return changed;
  }

  /**
   * Inside the queue, before a write into `month`: reads its shards if they are not read yet
   * (else a new entry there would start an empty shard over the one on disk).
   */
  private async readMonth(month: string): Promise<void> {
    let changed = false;
    for (const name of [...this.unread]) {
      const parsed = parseShardName(name);
      if (parsed?.kind === 'entries' && parsed.month === month)
        changed = (await this.readUnread(name)) || changed;
    }
    if (changed) await this.writeManifest();
  }

  /** Resolves once every month is in memory (at once for a journal read whole at opening). */
  whenLoaded(): Promise<void> {
    if (this.unread.size === 0) return Promise.resolve();
    // A month that could not be read last time (a disk error) is tried again.
    return this.background.catch(() => {
      this.assertOpen();
      this.background = this.readTheRest();
      return this.background;
    });
  }

  /** How much of the journal is in memory, in entries (by the manifest's counts). */
  loadProgress(): { complete: boolean; loaded: number; total: number; problem: string | null } {
    this.assertOpen();
    let total = 0;
    let unread = 0;
    for (const [name, { count }] of Object.entries(this.manifest.data.shards)) {
      if (parseShardName(name)?.kind !== 'entries') continue;
      total += count;
      if (this.unread.has(name)) unread += count;
    }
    const complete = this.unread.size === 0;
    return { complete, loaded: total - unread, total, problem: complete ? null : this.loadProblem };
  }

  private async runMigrations(from: number): Promise<void> {
    const data = {
      files: new Map<string, unknown>([...this.shards].map(([name, db]) => [name, db.data])),
    };
    try {
      migrate(data, from);
    } catch (error) {
      if (error instanceof TooNewError) throw new VaultError('vault_too_new', MESSAGES.tooNew);
      throw error;
    }
    // Only the files a step replaced are rewritten (a manifest-only step rewrites none).
    for (const [name, db] of this.shards) {
      const next = data.files.get(name) as ShardData;
      if (next === db.data) continue;
      db.data = next;
      await this.queue.run(() => db.write());
      this.manifest.data.shards[name] = {
        generation: db.file.generation,
        count: this.countOf(next),
      };
    }
    this.indexEntries();
    this.manifest.data.schemaVersion = CURRENT_SCHEMA_VERSION;
  }

  private async listShardFiles(): Promise<string[]> {
    const names: string[] = [];
    for (const sub of SHARD_DIRS) {
      const files = await this.fs.readdir(join(this.dir, sub)).catch(() => [] as string[]);
      for (const file of files) if (file.endsWith('.wpv')) names.push(`${sub}/${file}`);
    }
    return names;
  }

  /** Moves an unusable shard out of the way (never deletes it) and records why. */
  private async setAside(
    name: string,
    reason: 'damaged' | 'rolled_back',
    missing: boolean,
  ): Promise<void> {
    const at = this.now().toISOString();
    const movedTo = `${SET_ASIDE_DIR}/${name.replace('/', '__')}.${reason}.${at.replace(/[:.]/g, '-')}`;
    if (!missing) {
      await ensureDir(join(this.dir, SET_ASIDE_DIR), this.fs);
      await this.fs.rename(join(this.dir, name), join(this.dir, movedTo));
    }
    Reflect.deleteProperty(this.manifest.data.shards, name);
    this.manifest.data.setAside.push({ file: name, movedTo: missing ? '' : movedTo, reason, at });
  }

  private emptyShard(name: string): ShardData {
    return parseShardName(name)?.kind === 'records' ? { records: [] } : { entries: [] };
  }

  private countOf(data: ShardData): number {
    return 'entries' in data ? data.entries.length : data.records.length;
  }

  private indexEntries(): void {
    this.entryIndex.clear();
    for (const [name, db] of this.shards) this.indexShard(name, db);
  }

  /** Adds a shard's entries to the index; returns those that are now the current copy. */
  private indexShard(name: string, db: ShardDb): Entry[] {
    if (!('entries' in db.data)) return [];
    db.data.entries = db.data.entries.map(withEntryDefaults);
    const added: Entry[] = [];
    for (const entry of db.data.entries) {
      const seen = this.entryIndex.get(entry.id);
      // An entry moved between months can exist twice after a crash: the newer one wins.
      if (!seen || seen.entry.updatedAt < entry.updatedAt) {
        this.entryIndex.set(entry.id, { entry, shard: name });
        added.push(entry);
      }
    }
    return added;
  }

  // ---------------------------------------------------------------- entries

  /** The entries in memory: while older months are still being read, only the newest. */
  listEntries(): Entry[] {
    this.assertOpen();
    return [...this.entryIndex.values()]
      .map((v) => v.entry)
      .sort((a, b) =>
        a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date),
      );
  }

  /** An entry in memory (see findEntry for one that may be in an older month not read yet). */
  getEntry(id: string): Entry | undefined {
    this.assertOpen();
    return this.entryIndex.get(id)?.entry;
  }

  /** An entry, waiting for the older months if it is not among those read so far. */
  async findEntry(id: string): Promise<Entry | undefined> {
    return (await this.locate(id))?.entry;
  }

  private async locate(id: string): Promise<{ entry: Entry; shard: string } | undefined> {
    this.assertOpen();
    if (!this.entryIndex.has(id) && this.unread.size > 0) await this.whenLoaded();
    return this.entryIndex.get(id);
  }

  async createEntry(date: string, init: EntryChanges = {}): Promise<Entry> {
    const stamp = this.now().toISOString();
    const entry: Entry = entrySchema.parse({
      title: '',
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
      ...init,
      id: newId(),
      date,
      createdAt: stamp,
      updatedAt: stamp,
      version: 1,
    });
    await this.writeEntry(entry, undefined);
    return entry;
  }

  async saveEntry(patch: { id: string } & EntryChanges): Promise<Entry> {
    const current = await this.locate(patch.id);
    if (!current) throw new VaultError('not_found', 'That entry no longer exists.');
    const next = this.nextVersion(current.entry, patch);
    await this.writeEntry(next, current.shard);
    return next;
  }

  /** Trash, restore: only the deletion mark changes. */
  async setDeleted(id: string, deletedAt: string | null): Promise<Entry> {
    const current = await this.locate(id);
    if (!current) throw new VaultError('not_found', 'That entry no longer exists.');
    const next = { ...this.nextVersion(current.entry, {}), deletedAt };
    await this.writeEntry(next, current.shard);
    return next;
  }

  /** Changes many entries in one go, writing each affected shard once (tag renames). */
  async updateEntries(patches: ({ id: string } & EntryChanges)[]): Promise<Entry[]> {
    this.assertOpen();
    await this.whenLoaded();
    const updated: Entry[] = [];
    const byShard = new Map<string, Entry[]>();
    for (const patch of patches) {
      const current = this.entryIndex.get(patch.id);
      if (!current) continue;
      if (patch.date !== undefined && monthOf(patch.date) !== monthOf(current.entry.date)) {
        throw new VaultError('invalid_input', 'A bulk change cannot move entries between months.');
      }
      const next = this.nextVersion(current.entry, patch);
      updated.push(next);
      byShard.set(current.shard, [...(byShard.get(current.shard) ?? []), next]);
    }
    if (updated.length === 0) return [];
    await this.queue.run(async () => {
      this.assertOpen();
      for (const [shard, changed] of byShard) {
        const ids = new Map(changed.map((e) => [e.id, e]));
        await this.replaceInShard(shard, (list) => list.map((e) => ids.get(e.id) ?? e));
        for (const entry of changed) this.entryIndex.set(entry.id, { entry, shard });
      }
      await this.writeManifest();
    });
    return updated;
  }

  private nextVersion(entry: Entry, changes: EntryChanges): Entry {
    return {
      ...entry,
      ...definedChanges(changes),
      updatedAt: this.now().toISOString(),
      version: entry.version + 1,
    };
  }

  /** Deletes entries for good (emptying the trash), each affected shard written once. */
  async deleteEntries(ids: readonly string[]): Promise<void> {
    this.assertOpen();
    await this.whenLoaded();
    const byShard = new Map<string, Set<string>>();
    for (const id of ids) {
      const current = this.entryIndex.get(id);
      if (!current) continue;
      byShard.set(current.shard, (byShard.get(current.shard) ?? new Set()).add(id));
    }
    if (byShard.size === 0) return;
    await this.queue.run(async () => {
      this.assertOpen();
      for (const [shard, gone] of byShard) {
        await this.replaceInShard(shard, (entries) => entries.filter((e) => !gone.has(e.id)));
        for (const id of gone) this.entryIndex.delete(id);
      }
      await this.writeManifest();
    });
  }

  async deleteEntry(id: string): Promise<void> {
    if (!(await this.locate(id))) throw new VaultError('not_found', 'That entry no longer exists.');
    await this.deleteEntries([id]);
  }

  /** Adds many entries at once, writing each shard once (imports and benchmarks). */
  async importEntries(entries: Entry[]): Promise<void> {
    const parsed = entries.map((raw) => entrySchema.parse(raw));
    await this.queue.run(async () => {
      for (const month of new Set(parsed.map((e) => monthOf(e.date)))) await this.readMonth(month);
      const byShard = new Map<string, Entry[]>();
      const pendingBytes = new Map<string, number>();
      for (const entry of parsed) {
        const shard = this.chooseShard(entry.date, pendingBytes);
        const list = byShard.get(shard) ?? [];
        list.push(entry);
        byShard.set(shard, list);
        pendingBytes.set(shard, (pendingBytes.get(shard) ?? 0) + JSON.stringify(entry).length);
      }
      for (const [shard, added] of byShard) {
        await this.replaceInShard(shard, (list) => [...list, ...added]);
        for (const entry of added) this.entryIndex.set(entry.id, { entry, shard });
      }
      await this.writeManifest();
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new VaultError('locked', 'The journal is locked.');
  }

  private assertSize(entry: Entry): void {
    const bytes = Buffer.byteLength(JSON.stringify(entry.content), 'utf8');
    if (bytes > LIMITS.entryContentMaxBytes) {
      throw new VaultError(
        'too_large',
        `This entry is too long to save (${Math.round(bytes / 1000)} kB; the limit is ${LIMITS.entryContentMaxBytes / 1_000_000} MB). Your text is still here; try splitting it into two entries.`,
      );
    }
  }

  /** Picks the shard for a new or moved entry: the month's last part, or a new part if full. */
  private chooseShard(date: string, pendingBytes = new Map<string, number>()): string {
    const month = monthOf(date);
    let part = 1;
    for (;;) {
      const name = entryShardName(month, part);
      const next = entryShardName(month, part + 1);
      if (this.shards.has(next) || pendingBytes.has(next)) {
        part += 1;
        continue;
      }
      const db = this.shards.get(name);
      const bytes = (db ? db.file.plainBytes : 0) + (pendingBytes.get(name) ?? 0);
      return bytes < SHARD_SPLIT_BYTES ? name : next;
    }
  }

  private async writeEntry(entry: Entry, fromShard: string | undefined): Promise<void> {
    this.assertOpen();
    this.assertSize(entry);
    await this.queue.run(async () => {
      this.assertOpen();
      await this.readMonth(monthOf(entry.date));
      const sameMonth =
        fromShard !== undefined &&
        parseShardName(fromShard)?.kind === 'entries' &&
        fromShard.includes(`/${monthOf(entry.date)}`);
      const toShard = sameMonth ? fromShard : this.chooseShard(entry.date);
      // New shard first, then the old one, then the manifest: a crash leaves at worst a
      // duplicate, resolved by updatedAt on the next open.
      await this.replaceInShard(toShard, (list) => [
        ...list.filter((e) => e.id !== entry.id),
        entry,
      ]);
      if (fromShard !== undefined && fromShard !== toShard) {
        await this.replaceInShard(fromShard, (list) => list.filter((e) => e.id !== entry.id));
      }
      this.entryIndex.set(entry.id, { entry, shard: toShard });
      await this.writeManifest();
    });
  }

  /** Writes a shard with new content; on failure memory keeps matching what is on disk. */
  private async replaceInShard(name: string, change: (entries: Entry[]) => Entry[]): Promise<void> {
    let db = this.shards.get(name);
    if (!db) {
      db = this.newShard(name);
      this.shards.set(name, db);
    }
    const before = db.data;
    const list = 'entries' in before ? before.entries : [];
    db.data = { entries: change(list) };
    try {
      await this.writeShard(name, db, before);
    } catch (error) {
      db.data = before;
      if (!this.manifest.data.shards[name]) this.shards.delete(name);
      throw new VaultError('save_failed', MESSAGES.saveFailed, name, { cause: error });
    }
    this.manifest.data.shards[name] = {
      generation: db.file.generation,
      count: this.countOf(db.data),
    };
  }

  // ---------------------------------------------------------------- typed records

  /** Raw records of a type; callers parse them with that type's schema. */
  getRecords(type: string): { id: string; value: unknown }[] {
    this.assertOpen();
    const data = this.shards.get(recordShardName(type))?.data;
    return data && 'records' in data ? data.records : [];
  }

  async putRecord(type: string, id: string, value: unknown): Promise<void> {
    await this.changeRecords(type, (records) => [
      ...records.filter((r) => r.id !== id),
      { id, value },
    ]);
  }

  /**
   * Replaces one record with `update(current value)`, computed inside the write queue, so
   * two quick changes to the same record (e.g. settings) can't overwrite each other.
   */
  async updateRecord(
    type: string,
    id: string,
    update: (current: unknown) => unknown,
  ): Promise<void> {
    await this.changeRecords(type, (records) => [
      ...records.filter((r) => r.id !== id),
      { id, value: update(records.find((r) => r.id === id)?.value) },
    ]);
  }

  async deleteRecord(type: string, id: string): Promise<void> {
    await this.changeRecords(type, (records) => records.filter((r) => r.id !== id));
  }

  private async changeRecords(
    type: string,
    change: (records: RecordShardData['records']) => RecordShardData['records'],
  ): Promise<void> {
    this.assertOpen();
    const name = recordShardName(type);
    if (!parseShardName(name)) throw new VaultError('invalid_input', 'Unknown record type.');
    await this.queue.run(async () => {
      this.assertOpen();
      await this.writeRecords(name, change);
      await this.writeManifest();
    });
  }

  /** Inside the queue: writes one record shard and notes it in the manifest (not written). */
  private async writeRecords(
    name: string,
    change: (records: RecordShardData['records']) => RecordShardData['records'],
  ): Promise<void> {
    let db = this.shards.get(name);
    if (!db) {
      db = this.newShard(name);
      this.shards.set(name, db);
    }
    const before = db.data;
    db.data = { records: change('records' in before ? before.records : []) };
    try {
      await this.writeShard(name, db, before);
    } catch (error) {
      db.data = before;
      throw new VaultError('save_failed', MESSAGES.saveFailed, name, { cause: error });
    }
    this.manifest.data.shards[name] = {
      generation: db.file.generation,
      count: this.countOf(db.data),
    };
  }

  // ---------------------------------------------------------------- keys

  /** Throws wrong_passphrase unless `passphrase` unlocks this vault's current header. */
  async provePassphrase(passphrase: string): Promise<void> {
    this.assertOpen();
    const proven = await unwrapWithPassphrase(this.header, passphrase);
    if (!proven.equals(this.dek))
      throw new VaultError('wrong_passphrase', MESSAGES.wrongPassphrase);
  }

  /** Throws wrong_recovery_key unless the key opens this vault; then asks for a new passphrase. */
  proveRecoveryKey(recoveryKey: string): void {
    this.assertOpen();
    const proven = unwrapWithRecoveryKey(this.header, parseRecoveryKey(recoveryKey));
    if (!proven.equals(this.dek))
      throw new VaultError('wrong_recovery_key', MESSAGES.wrongRecoveryKey);
    this.passphraseResetRequired = true;
  }

  /** Proves the passphrase, then replaces the recovery key; returns the new one to show once. */
  async regenerateRecoveryKey(passphrase: string): Promise<string> {
    await this.provePassphrase(passphrase);
    const recovery = generateRecoveryKey();
    const header = rewrapRecovery(this.header, this.dek, recovery.bytes);
    await this.queue.run(() => writeHeader(this.dir, header, this.fs));
    this.header = header;
    return recovery.display;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.provePassphrase(current);
    await this.setPassphrase(next);
  }

  /** After a recovery-key unlock: a new passphrase without the old one. */
  async resetPassphrase(next: string): Promise<void> {
    this.assertOpen();
    if (!this.passphraseResetRequired) {
      throw new VaultError(
        'invalid_input',
        'To change your passphrase, enter your current one in Settings.',
      );
    }
    await this.setPassphrase(next);
    this.passphraseResetRequired = false;
  }

  private async setPassphrase(next: string): Promise<void> {
    const header = await rewrapPassphrase(this.header, this.dek, next, this.kdf);
    await this.queue.run(() => writeHeader(this.dir, header, this.fs));
    this.header = header;
  }

  /**
   * "My passphrase or a backup may have been exposed": a new data key and key version for
   * every file (rotation.ts), a new recovery key (returned, to show once) and optionally a
   * new passphrase. No save can run in between. Old key headers open nothing written after.
   */
  async rotateKeys(passphrase: string, newPassphrase?: string): Promise<string> {
    await this.provePassphrase(passphrase);
    const recovery = generateRecoveryKey();
    const dek = randomBytes(32);
    const header = await buildHeader({
      vaultId: this.header.vaultId,
      keyVersion: this.header.keyVersion + 1,
      dek,
      passphrase: newPassphrase ?? passphrase,
      recoveryKey: recovery.bytes,
      kdf: this.kdf,
      now: this.now(),
    });
    await this.queue.run(async () => {
      this.assertOpen();
      const to = { dek, keyVersion: header.keyVersion };
      try {
        await reencryptVault({
          dir: this.dir,
          vaultId: this.id,
          from: this.keyInfo(),
          to,
          header,
          fs: this.fs,
        });
      } catch (error) {
        // Past the switch the files on disk are no longer the ones in memory: stop writing
        // until the next unlock finishes the change.
        if (
          (await readHeader(this.dir, this.fs).catch(() => null))?.header.keyVersion ===
          header.keyVersion
        ) {
          this.closed = true;
          this.dek.fill(0);
          await releaseLock(this.dir, this.fs).catch(() => undefined);
        }
        throw error;
      }
      this.dek.fill(0);
      this.dek = dek;
      this.header = header;
      this.passphraseResetRequired = false;
    });
    return recovery.display;
  }

  /**
   * Runs `task` inside the write queue, so it sees one consistent state on disk (backups).
   * The key it gets is a copy, valid after the vault locks; the task should wipe it.
   */
  whileWritesPaused<T>(task: (key: KeyInfo & { vaultId: string }) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.queue.run(() => {
      this.assertOpen();
      const key = this.keyInfo();
      return task({ dek: Buffer.from(key.dek), keyVersion: key.keyVersion, vaultId: this.id });
    });
  }

  private keyInfo(): KeyInfo {
    return { dek: this.dek, keyVersion: this.header.keyVersion };
  }

  /** Seal data under the vault key for keeping in memory while locked (drafts). */
  sealInMemory(plaintext: Buffer): Sealed {
    this.assertOpen();
    return seal(this.dek, plaintext, Buffer.from(`waypoint-memory|${this.header.vaultId}`));
  }

  openInMemory(sealed: Sealed): Buffer {
    this.assertOpen();
    return openSealed(this.dek, sealed, Buffer.from(`waypoint-memory|${this.header.vaultId}`));
  }

  // ---------------------------------------------------------------- verification

  /** Re-reads every file from disk and checks every tag, the header and the manifest. */
  async verify(): Promise<VerifyReport> {
    this.assertOpen();
    await this.queue.drain();
    const problems: string[] = [];
    let filesChecked = 0;
    try {
      const read = await readHeader(this.dir, this.fs);
      filesChecked += 2;
      if (read.primaryNeedsRepair)
        problems.push('vault.key is damaged (its mirror copy is sound).');
      else if (read.mirrorNeedsRepair) problems.push('vault.key.mirror is damaged or out of date.');
    } catch (error) {
      problems.push(
        error instanceof VaultError ? error.message : 'The key header could not be read.',
      );
    }
    const manifest = new Low<ManifestData>(this.adapter(MANIFEST_FILE), {
      schemaVersion: 0,
      shards: {},
      setAside: [],
    });
    filesChecked += 1;
    try {
      await manifest.read();
      manifestSchema.parse(manifest.data);
    } catch {
      problems.push('manifest.wpv is damaged.');
      return { ok: false, filesChecked, problems };
    }
    const listed = new Set(Object.keys(manifest.data.shards));
    for (const name of new Set([...listed, ...(await this.listShardFiles())])) {
      filesChecked += 1;
      const db = new ShardDb(this.adapter(name), this.emptyShard(name));
      try {
        await db.read();
      } catch (error) {
        const reason = error instanceof UnreadableFileError ? error.reason : 'unreadable';
        problems.push(`${name} is damaged (${reason}).`);
        continue;
      }
      const generation = db.file.generation;
      const expected = manifest.data.shards[name];
      if (!expected) problems.push(`${name} is not listed in the manifest.`);
      else if (generation < expected.generation)
        problems.push(`${name} is older than the manifest expects (rolled back).`);
      else if (generation > expected.generation)
        problems.push(`${name} is newer than the manifest (an interrupted save).`);
    }
    for (const item of manifest.data.setAside)
      problems.push(`${item.file} was set aside (${item.reason}).`);
    return { ok: problems.length === 0, filesChecked, problems };
  }

  // ---------------------------------------------------------------- another writer

  /** Told whenever merging another writer's changes altered what is in memory. */
  onExternalChange: ((merge: ExternalMerge) => void) | null = null;

  private newShard(name: string): ShardDb {
    const db = new ShardDb(this.adapter(name), this.emptyShard(name));
    // A shard we create must not replace one another writer created meanwhile.
    db.file.disk = { kind: 'absent' };
    return db;
  }

  /** Writes a shard; if another writer changed the file since we read it, merges first. */
  private async writeShard(name: string, db: ShardDb, base: ShardData): Promise<void> {
    let since = base;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await db.write();
        return;
      } catch (error) {
        if (!(error instanceof ExternalChangeError) || attempt >= MERGE_ATTEMPTS) throw error;
      }
      since = await this.mergeFromDisk(name, db, since);
    }
  }

  /**
   * Merges the version of a shard now on disk into ours (`mergeById`, base = what we last
   * read or wrote) and returns it, the base for any further merge. Their version of a record
   * both sides changed is kept as a conflict copy, written before our shard replaces theirs.
   * A version we cannot read (damaged, or under another key) is set aside whole.
   */
  private async mergeFromDisk(name: string, db: ShardDb, base: ShardData): Promise<ShardData> {
    const theirs = new ShardDb(this.adapter(name), this.emptyShard(name));
    try {
      await theirs.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      if (error.reason !== 'missing') await this.setAside(name, 'damaged', false);
      db.file.disk = { kind: 'absent' };
      return base;
    }
    db.file.generation = Math.max(db.file.generation, theirs.file.generation);
    db.file.disk = theirs.file.disk;
    if ('entries' in db.data) {
      const result = mergeById(
        'entries' in base ? base.entries : [],
        db.data.entries,
        'entries' in theirs.data ? theirs.data.entries.map(withEntryDefaults) : [],
        (t, o) => t.updatedAt < o.updatedAt,
      );
      db.data = { entries: result.merged };
      await this.keepConflictCopies(
        result.conflicts.map((c) => ({ type: 'entry', recordId: c.theirs.id, theirs: c.theirs })),
      );
      const changed = result.fromTheirs.filter((entry) => {
        const seen = this.entryIndex.get(entry.id);
        if (seen && seen.shard !== name && seen.entry.updatedAt >= entry.updatedAt) return false;
        this.entryIndex.set(entry.id, { entry, shard: name });
        return true;
      });
      const removed = result.removed.filter((id) => this.entryIndex.get(id)?.shard === name);
      for (const id of removed) this.entryIndex.delete(id);
      this.tellExternalChange({ changed, removed, conflicts: result.conflicts.length });
    } else {
      const type = parseShardName(name)?.kind === 'records' ? name.slice(8, -4) : name;
      const result = mergeById(
        'records' in base ? base.records : [],
        db.data.records,
        'records' in theirs.data ? theirs.data.records : [],
      );
      db.data = { records: result.merged };
      if (type !== CONFLICTS_TYPE) {
        await this.keepConflictCopies(
          result.conflicts.map((c) => ({ type, recordId: c.theirs.id, theirs: c.theirs.value })),
        );
      }
      this.tellExternalChange({ changed: [], removed: [], conflicts: result.conflicts.length });
    }
    return theirs.data;
  }

  private async keepConflictCopies(copies: Omit<ConflictCopy, 'detectedAt'>[]): Promise<void> {
    if (copies.length === 0) return;
    const detectedAt = this.now().toISOString();
    const records = copies.map((copy) => ({
      id: newId(),
      value: { ...copy, detectedAt } satisfies ConflictCopy,
    }));
    await this.writeRecords(recordShardName(CONFLICTS_TYPE), (list) => [...list, ...records]);
  }

  private tellExternalChange(merge: ExternalMerge): void {
    if (merge.changed.length + merge.removed.length + merge.conflicts > 0)
      this.onExternalChange?.(merge);
  }

  /** Writes the manifest; if another writer changed it, first takes in the shards it wrote. */
  private async writeManifest(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.manifest.write();
        return;
      } catch (error) {
        if (!(error instanceof ExternalChangeError) || attempt >= MERGE_ATTEMPTS) throw error;
      }
      await this.mergeManifestFromDisk();
    }
  }

  private async mergeManifestFromDisk(): Promise<void> {
    const adapter = this.adapter<ManifestData>(MANIFEST_FILE);
    const theirs = new Low<ManifestData>(adapter, { schemaVersion: 0, shards: {}, setAside: [] });
    let data: ManifestData | null = null;
    try {
      await theirs.read();
      refuseNewerSchema(theirs.data);
      migrateManifest(theirs.data);
      data = manifestSchema.parse(theirs.data);
    } catch (error) {
      if (error instanceof VaultError && error.code === 'vault_too_new') throw error;
    }
    const names = new Set([
      ...Object.keys(this.manifest.data.shards),
      ...Object.keys(data?.shards ?? {}),
      ...(await this.listShardFiles()),
    ]);
    for (const name of names) {
      if (!parseShardName(name)) continue;
      if (this.unread.has(name)) {
        // Not read yet: it will be read as the other writer left it; take their manifest line.
        const line = data?.shards[name];
        if (line) this.manifest.data.shards[name] = line;
        continue;
      }
      await this.catchUpShard(name);
    }
    const mine = this.manifest.adapter;
    if (!(mine instanceof EncryptedAdapter)) return;
    if (data) {
      const seen = new Set(this.manifest.data.setAside.map((item) => item.movedTo + item.at));
      for (const item of data.setAside)
        if (!seen.has(item.movedTo + item.at)) this.manifest.data.setAside.push(item);
      mine.generation = Math.max(mine.generation, adapter.generation);
      mine.disk = adapter.disk;
    } else {
      // Theirs can't be read: ours is rebuilt from the shards; theirs is kept, set aside.
      await this.setAside(MANIFEST_FILE, 'damaged', false);
      mine.disk = { kind: 'absent' };
    }
  }

  /** A shard another writer created or changed: read it in, merged with ours if we had it. */
  private async catchUpShard(name: string): Promise<void> {
    let db = this.shards.get(name);
    if (db && !(await changedOnDisk(this.fs, join(this.dir, name), db.file.disk))) return;
    if (!db) {
      db = new ShardDb(this.adapter(name), this.emptyShard(name));
      try {
        await db.read();
      } catch (error) {
        // Unreadable: left where it is; the next open sets it aside and says so.
        if (error instanceof UnreadableFileError) return;
        throw error;
      }
      this.shards.set(name, db);
      if ('entries' in db.data) {
        db.data.entries = db.data.entries.map(withEntryDefaults);
        const added = db.data.entries.filter((entry) => {
          const seen = this.entryIndex.get(entry.id);
          if (seen && seen.entry.updatedAt >= entry.updatedAt) return false;
          this.entryIndex.set(entry.id, { entry, shard: name });
          return true;
        });
        this.tellExternalChange({ changed: added, removed: [], conflicts: 0 });
      }
    } else {
      const ours = db.data;
      await this.writeShard(name, db, await this.mergeFromDisk(name, db, ours));
    }
    this.manifest.data.shards[name] = {
      generation: db.file.generation,
      count: this.countOf(db.data),
    };
  }
}
