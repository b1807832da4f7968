import { chmod, mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';

/**
 * The few file-system operations the vault uses, behind one small interface so tests can
 * put a recording, fault-injecting or power-loss-simulating layer underneath the real vault
 * code. The app always uses `nodeFs` (node:fs/promises).
 */
export interface VaultFileHandle {
  /** Writes the whole of `data` at the start of the file. */
  writeFile(data: Uint8Array): Promise<void>;
  /** fsync: on a file, its data; on a folder opened with 'r', its entries (renames, creates). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface VaultFs {
  /** 'wx' creates a new file (fails if it exists); 'r' opens a file or folder for reading. */
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<VaultFileHandle>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string, options?: { recursive?: boolean }): Promise<string[]>;
  /** Recursive; resolves to the first folder it created, or undefined if all existed. */
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<string | undefined>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  /** The first `length` bytes (fewer if the file is shorter); without it, readFile is used. */
  readHead?(path: string, length: number): Promise<Buffer>;
}

export const nodeFs: VaultFs = {
  open: (path, flags, mode) => open(path, flags, mode),
  readFile: (path) => readFile(path),
  readdir: (path, options) => readdir(path, { recursive: options?.recursive ?? false }),
  mkdir: (path, options) => mkdir(path, options),
  rename: (from, to) => rename(from, to),
  rm: (path, options) => rm(path, options),
  chmod: (path, mode) => chmod(path, mode),
  readHead: async (path, length) => {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(length);
      const { bytesRead } = await handle.read(head, 0, length, 0);
      return head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
};
