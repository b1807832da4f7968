import { nodeFs, type VaultFileHandle, type VaultFs } from '../../electron/core/vault/fsLayer';

/** The operations a fault can be injected into. */
export type FaultOp = 'create' | 'write' | 'fsync' | 'rename' | 'folderFsync';

export interface Fault {
  op: FaultOp;
  /** errno code, e.g. ENOSPC. */
  code: string;
  /** Which paths fail (a folder's path ends with "/" for folderFsync). */
  match: (path: string) => boolean;
}

function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated, ${syscall} '${path}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

/** The real file system, with one injectable fault (until `fault` is set to null). */
export class FaultFs implements VaultFs {
  fault: Fault | null = null;
  /** How many operations the fault has failed. */
  hits = 0;

  private fail(op: FaultOp, path: string): void {
    const fault = this.fault;
    if (fault?.op === op && fault.match(path.split('\\').join('/'))) {
      this.hits += 1;
      throw errnoError(fault.code, op, path);
    }
  }

  async open(path: string, flags: 'wx' | 'r', mode?: number): Promise<VaultFileHandle> {
    if (flags === 'wx') this.fail('create', path);
    const real = await nodeFs.open(path, flags, mode);
    return {
      writeFile: async (data) => {
        this.fail('write', path);
        await real.writeFile(data);
      },
      sync: async () => {
        this.fail(flags === 'r' ? 'folderFsync' : 'fsync', flags === 'r' ? `${path}/` : path);
        await real.sync();
      },
      close: () => real.close(),
    };
  }

  readFile(path: string): Promise<Buffer> {
    return nodeFs.readFile(path);
  }

  readdir(path: string, options?: { recursive?: boolean }): Promise<string[]> {
    return nodeFs.readdir(path, options);
  }

  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<string | undefined> {
    return nodeFs.mkdir(path, options);
  }

  async rename(from: string, to: string): Promise<void> {
    this.fail('rename', to);
    await nodeFs.rename(from, to);
  }

  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void> {
    return nodeFs.rm(path, options);
  }

  chmod(path: string, mode: number): Promise<void> {
    return nodeFs.chmod(path, mode);
  }
}
