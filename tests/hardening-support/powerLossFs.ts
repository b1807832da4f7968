import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { nodeFs, type VaultFileHandle, type VaultFs } from '../../electron/core/vault/fsLayer';

/**
 * A file-system layer that runs every operation on the real disk (so the vault behaves
 * normally) and keeps, beside it, a model of what a disk would still hold after a power
 * cut: file data only as of its last fsync, names (creates, renames, removals, new folders)
 * only as of their folder's last fsync. At a chosen operation the power "goes": that
 * operation and every later one fail, and `materialize` writes what survived to a folder.
 *
 * Durable states it can produce:
 * - 'strict':        unsynced data and unsynced folder changes are all lost;
 * - 'namesFirst':    every name change reached the disk but no unsynced data did (what
 *                    some file systems do: a rename persisted before the file's contents);
 * - 'torn':          like 'strict', but the write the power cut through is half on disk.
 */
export type Survival = 'strict' | 'namesFirst' | 'torn';

export type Forget = 'nothing' | 'fileSync' | 'folderSync';

export class PowerLossError extends Error {
  readonly code = 'EIO';
  constructor() {
    super('Power lost (simulated).');
  }
}

interface Inode {
  data: Buffer;
  synced: Buffer;
}
interface DirNode {
  current: Map<string, Node>;
  durable: Map<string, Node>;
}
type Node = { kind: 'file'; inode: Inode } | { kind: 'dir'; dir: DirNode };

function newDir(): DirNode {
  return { current: new Map(), durable: new Map() };
}

export class PowerLossFs implements VaultFs {
  /** Every operation that changes the disk, in order, e.g. "write entries/2026-11.wpv". */
  readonly log: string[] = [];
  private cutAt = Number.POSITIVE_INFINITY;
  private lost = false;
  /** The write the power cut through (for 'torn'). */
  private cutWrite: { inode: Inode; data: Buffer } | null = null;

  private constructor(
    readonly root: string,
    private readonly tree: DirNode,
    private readonly forget: Forget,
  ) {}

  /**
   * Models everything under `root` as it is now, all of it durable. `forget` makes the model
   * treat one kind of fsync as if the code had never called it: the harness's own test that
   * it would catch a vault that leaves one out.
   */
  static async capture(root: string, forget: Forget = 'nothing'): Promise<PowerLossFs> {
    const load = async (path: string): Promise<DirNode> => {
      const dir = newDir();
      for (const name of await readdir(path)) {
        const full = join(path, name);
        const node: Node = (await stat(full)).isDirectory()
          ? { kind: 'dir', dir: await load(full) }
          : { kind: 'file', inode: { data: await readFile(full), synced: await readFile(full) } };
        dir.current.set(name, node);
        dir.durable.set(name, node);
      }
      return dir;
    };
    return new PowerLossFs(root, await load(root), forget);
  }

  /** The number of disk-changing operations so far. */
  get operations(): number {
    return this.log.length;
  }

  /** The power goes just before the `n`-th operation from now (0 = the very next one). */
  cutAfter(n: number): void {
    this.cutAt = this.log.length + n;
  }

  get powerLost(): boolean {
    return this.lost;
  }

  private step(label: string): void {
    if (this.lost || this.log.length >= this.cutAt) {
      this.lost = true;
      throw new PowerLossError();
    }
    this.log.push(label);
  }

  private alive(): void {
    if (this.lost) throw new PowerLossError();
  }

  private name(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  private parts(path: string): string[] {
    const rel = relative(this.root, path);
    if (rel.startsWith('..')) throw new Error(`${path} is outside the modelled folder`);
    return rel === '' ? [] : rel.split(sep);
  }

  private dirAt(path: string): DirNode | undefined {
    let dir = this.tree;
    for (const part of this.parts(path)) {
      const node = dir.current.get(part);
      if (node?.kind !== 'dir') return undefined;
      dir = node.dir;
    }
    return dir;
  }

  private parentOf(path: string): DirNode {
    const dir = this.dirAt(dirname(path));
    if (!dir) throw new Error(`model: no folder ${dirname(path)}`);
    return dir;
  }

  // ------------------------------------------------------------------ VaultFs

  async open(path: string, flags: 'wx' | 'r', mode?: number): Promise<VaultFileHandle> {
    if (flags === 'r') {
      this.alive();
      const real = await nodeFs.open(path, 'r');
      const dir = this.dirAt(path);
      return {
        writeFile: () => Promise.reject(new Error('read-only handle')),
        sync: async () => {
          this.step(`fsync ${this.name(path) || '.'}/`);
          await real.sync();
          if (dir && this.forget !== 'folderSync') dir.durable = new Map(dir.current);
        },
        close: () => real.close(),
      };
    }
    this.step(`create ${this.name(path)}`);
    const real = await nodeFs.open(path, flags, mode);
    const inode: Inode = { data: Buffer.alloc(0), synced: Buffer.alloc(0) };
    this.parentOf(path).current.set(basename(path), { kind: 'file', inode });
    return {
      writeFile: async (data) => {
        if (!this.lost && this.log.length === this.cutAt)
          this.cutWrite = { inode, data: Buffer.from(data) };
        this.step(`write ${this.name(path)}`);
        await real.writeFile(data);
        inode.data = Buffer.from(data);
      },
      sync: async () => {
        this.step(`fsync ${this.name(path)}`);
        await real.sync();
        if (this.forget !== 'fileSync') inode.synced = inode.data;
      },
      close: () => real.close(),
    };
  }

  async readFile(path: string): Promise<Buffer> {
    this.alive();
    return nodeFs.readFile(path);
  }

  async readdir(path: string, options?: { recursive?: boolean }): Promise<string[]> {
    this.alive();
    return nodeFs.readdir(path, options);
  }

  async mkdir(
    path: string,
    options: { recursive: true; mode?: number },
  ): Promise<string | undefined> {
    this.alive();
    if (this.dirAt(path)) return undefined;
    this.step(`mkdir ${this.name(path)}`);
    const first = await nodeFs.mkdir(path, options);
    let dir = this.tree;
    for (const part of this.parts(path)) {
      let node = dir.current.get(part);
      if (node?.kind !== 'dir') {
        node = { kind: 'dir', dir: newDir() };
        dir.current.set(part, node);
      }
      dir = node.dir;
    }
    return first;
  }

  async rename(from: string, to: string): Promise<void> {
    this.step(`rename ${this.name(from)} -> ${this.name(to)}`);
    await nodeFs.rename(from, to);
    const source = this.parentOf(from);
    const node = source.current.get(basename(from));
    if (node) {
      source.current.delete(basename(from));
      this.parentOf(to).current.set(basename(to), node);
    }
  }

  async rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void> {
    this.step(`rm ${this.name(path)}`);
    await nodeFs.rm(path, options);
    this.dirAt(dirname(path))?.current.delete(basename(path));
  }

  async chmod(path: string, mode: number): Promise<void> {
    this.alive();
    await nodeFs.chmod(path, mode);
  }

  // ------------------------------------------------------------------ after the cut

  /** Writes what would be on the disk after the power cut into `target` (a new folder). */
  async materialize(target: string, survival: Survival): Promise<void> {
    const names = (dir: DirNode) => (survival === 'namesFirst' ? dir.current : dir.durable);
    const contents = (inode: Inode): Buffer => {
      if (survival === 'torn' && this.cutWrite?.inode === inode) {
        const half = this.cutWrite.data.subarray(0, Math.floor(this.cutWrite.data.length / 2));
        return Buffer.concat([half, inode.synced.subarray(half.length)]);
      }
      return inode.synced;
    };
    const write = async (dir: DirNode, path: string): Promise<void> => {
      await mkdir(path, { recursive: true });
      for (const [name, node] of names(dir)) {
        if (node.kind === 'dir') await write(node.dir, join(path, name));
        else await writeFile(join(path, name), contents(node.inode));
      }
    };
    await write(this.tree, target);
  }
}
