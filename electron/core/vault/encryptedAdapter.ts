import { join } from 'node:path';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomicFile';
import { decryptFile, encryptFile, type KeyInfo } from './encryptedFile';
import { MESSAGES, VaultError, errnoCode } from './errors';
import {
  ExternalChangeError,
  changedOnDisk,
  diskStateOf,
  fingerprintOf,
  type DiskState,
} from './externalChange';
import { nodeFs, type VaultFs } from './fsLayer';

export type ReadFailure =
  | 'missing'
  | 'truncated'
  | 'not_waypoint'
  | 'wrong_key_version'
  | 'tampered'
  | 'unparseable'
  | 'wrong_shape';

/** Thrown by the adapter for any file it cannot read; the vault decides what that means. */
export class UnreadableFileError extends VaultError {
  constructor(
    file: string,
    readonly reason: ReadFailure,
  ) {
    super('data_damaged', `The file ${file} could not be read (${reason}).`, file);
  }
}

/**
 * lowdb adapter over one encrypted file. Unlike lowdb's TextFile it throws on every failure
 * (lowdb's Low.read() would silently keep default data if we returned null), so a file that
 * can't be read is never overwritten by a fresh empty one. It writes binary, atomically.
 */
export class EncryptedAdapter<T> implements Adapter<T> {
  /** The generation of the bytes last read or written; the next write uses one more. */
  generation = 0;
  /** Bytes of plaintext in the last read or write: used to decide when a shard splits. */
  plainBytes = 0;
  /** What this adapter last read or wrote; a write refuses to replace anything else. */
  disk: DiskState = { kind: 'unknown' };

  constructor(
    private readonly dir: string,
    readonly name: string,
    private readonly vaultId: string,
    private readonly key: () => KeyInfo,
    private readonly fs: VaultFs = nodeFs,
    /** A structural check of the decrypted JSON; at least "an object" (never null). */
    private readonly isValid: (data: unknown) => boolean = (data) =>
      typeof data === 'object' && data !== null,
    /** The UTF-8 of JSON.stringify(data), maybe in pieces; entry shards pass shardJson.ts. */
    private readonly serialize: (data: T) => readonly Buffer[] = (data) => [
      Buffer.from(JSON.stringify(data), 'utf8'),
    ],
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(join(this.dir, this.name));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw new UnreadableFileError(this.name, 'missing');
      // The disk refused (EIO, EACCES, ENOTDIR…): not damage, so nothing is set aside.
      throw new VaultError('disk_error', MESSAGES.diskError, this.name, { cause: error });
    }
    const outcome = decryptFile(this.key(), { vaultId: this.vaultId, name: this.name }, bytes);
    if (!outcome.ok) throw new UnreadableFileError(this.name, outcome.reason);
    let data: unknown;
    try {
      data = JSON.parse(outcome.plaintext.toString('utf8'));
    } catch {
      throw new UnreadableFileError(this.name, 'unparseable');
    }
    // lowdb's Low.read() would keep its default data for null: an authentic file of the
    // wrong shape must fail like any unreadable file, never pass as an empty one.
    if (!this.isValid(data)) throw new UnreadableFileError(this.name, 'wrong_shape');
    this.generation = outcome.generation;
    this.plainBytes = outcome.plaintext.length;
    this.disk = { kind: 'bytes', fingerprint: fingerprintOf(bytes) };
    return data as T;
  }

  async write(data: T): Promise<void> {
    const plaintext = this.serialize(data);
    const generation = this.generation + 1;
    const bytes = encryptFile(
      this.key(),
      { vaultId: this.vaultId, name: this.name },
      generation,
      plaintext,
    );
    const path = join(this.dir, this.name);
    // Someone else (a sync tool, another computer) changed the file since we read it.
    if (await changedOnDisk(this.fs, path, this.disk)) throw new ExternalChangeError(this.name);
    try {
      await writeFileAtomic(path, bytes, this.fs);
    } catch (error) {
      // The rename may have happened before the failure: then our bytes are what is there.
      if (this.disk.kind !== 'unknown') this.disk = await diskStateOf(this.fs, path);
      // Whatever the disk said (ENOSPC, EACCES, EIO…), the caller gets one clear error; the
      // previous version of the file is still in place unless the rename already happened.
      throw new VaultError('save_failed', MESSAGES.saveFailed, this.name, { cause: error });
    }
    this.generation = generation;
    this.plainBytes = plaintext.reduce((sum, piece) => sum + piece.length, 0);
    this.disk = { kind: 'bytes', fingerprint: fingerprintOf(bytes) };
  }
}
