import type { VaultNotice } from '../../../shared/contract';
import { MESSAGES, VaultError } from '../vault/errors';
import { lockError, lockHolder } from '../vault/lockFile';
import { Vault } from '../vault/vault';
import type { ParsedArgs } from './args';
import { getPassphrase, StdinSource, type InputStream, type OutputStream } from './passphrase';

/** Everything the CLI touches outside itself, so commands run in tests without spawning. */
export interface CliIO {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Defaults to process.cwd(). */
  cwd?: string;
  /** Defaults to the clock. */
  now?: () => Date;
}

export interface Context {
  args: ParsedArgs;
  io: CliIO;
  dataDir: string;
  stdin: StdinSource;
  now: () => Date;
  /** A line to stdout. */
  out: (line: string) => void;
  /** A line to stderr. */
  err: (line: string) => void;
}

/** Notices that mean something was damaged (as opposed to a finished interrupted save). */
export function isDamageNotice(notice: VaultNotice): boolean {
  return (
    notice.kind === 'header_repaired' ||
    notice.kind === 'shard_damaged' ||
    notice.kind === 'shard_rolled_back'
  );
}

/** Fails early, before asking for a passphrase, when there is nothing to unlock. */
async function checkOpenable(dataDir: string): Promise<void> {
  if (!(await Vault.exists(dataDir))) throw new VaultError('no_vault', MESSAGES.noVault);
  const refusal = lockError(await lockHolder(dataDir));
  if (refusal) throw refusal;
}

/**
 * Asks for the passphrase, opens the vault, runs `use`, and always closes the vault (which
 * releases the lock file), whatever happens inside.
 */
export async function withVault<T>(ctx: Context, use: (vault: Vault) => Promise<T>): Promise<T> {
  await checkOpenable(ctx.dataDir);
  const passphrase = await getPassphrase(
    {
      stdin: ctx.stdin,
      stderr: ctx.io.stderr,
      env: ctx.io.env,
      passphraseStdin: ctx.args.passphraseStdin,
    },
    { confirm: false },
  );
  // Everything at once: a command may list or export the whole journal (no recent-first).
  const vault = await Vault.open(ctx.dataDir, passphrase, { recentEntries: Infinity });
  try {
    for (const notice of vault.notices) ctx.err(`warning: ${notice.message}`);
    return await use(vault);
  } finally {
    await vault.close();
  }
}

/** The local calendar day of `date` as YYYY-MM-DD (not UTC: entries belong to local days). */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
