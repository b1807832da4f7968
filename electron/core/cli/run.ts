import packageJson from '../../../package.json' with { type: 'json' };
import { errnoCode, VaultError } from '../vault/errors';
import { parseCliArgs, isCommandName, type CommandName } from './args';
import { addCommand } from './commands/add';
import { backupCommand } from './commands/backup';
import { exportCommand } from './commands/export';
import { initCommand } from './commands/init';
import { listCommand } from './commands/list';
import { restoreCommand } from './commands/restore';
import { showCommand } from './commands/show';
import { verifyCommand } from './commands/verify';
import type { CliIO, Context } from './context';
import { CliError, EXIT, exitCodeFor } from './exitCodes';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { StdinSource } from './passphrase';
import { resolveDataDir } from './paths';

export type { CliIO } from './context';

const HANDLERS: Record<CommandName, (ctx: Context) => Promise<number>> = {
  init: initCommand,
  add: addCommand,
  list: listCommand,
  show: showCommand,
  verify: verifyCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

const DISK_ERRNOS = new Set([
  'EACCES',
  'EPERM',
  'EIO',
  'ENOSPC',
  'EROFS',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'EMFILE',
  'EDQUOT',
  'EBUSY',
]);

/** One human line for any error, and its exit code. Never a stack, never key material. */
export function describeError(error: unknown, dataDir: string | undefined): [string, number] {
  if (error instanceof CliError) return [error.message, error.exitCode];
  if (error instanceof VaultError) {
    const where = dataDir ?? 'this folder';
    if (error.code === 'no_vault')
      return [
        `There is no journal in ${where}. Create one with "waypoint init".`,
        EXIT.vaultPresence,
      ];
    if (error.code === 'vault_exists')
      return [`A journal already exists in ${where}. Nothing was changed.`, EXIT.vaultPresence];
    return [error.message, exitCodeFor(error.code)];
  }
  const errno = errnoCode(error);
  if (errno !== undefined && DISK_ERRNOS.has(errno)) {
    const path = (error as { path?: unknown }).path;
    const file = typeof path === 'string' ? ` ${path}` : '';
    return [`Couldn't read or write${file} (${errno}).`, EXIT.disk];
  }
  const name = error instanceof Error ? error.name : typeof error;
  return [
    `Something unexpected went wrong (${name}). Nothing more was changed. Please report this.`,
    EXIT.unexpected,
  ];
}

/**
 * Runs one CLI invocation and returns its exit code. Writes only to `io`; never exits the
 * process, so tests call it directly.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const out = (line: string): void => void io.stdout.write(`${line}\n`);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  let dataDir: string | undefined;
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      out(`waypoint ${packageJson.version}`);
      return EXIT.ok;
    }
    if (args.help) {
      const topic = args.helpTopic ?? args.command;
      if (topic !== undefined && !isCommandName(topic)) {
        err(`Unknown command "${topic}". Run "waypoint --help" to see the commands.`);
        return EXIT.usage;
      }
      io.stdout.write(topic !== undefined ? COMMAND_HELP[topic] : MAIN_HELP);
      return EXIT.ok;
    }
    if (args.command === undefined) {
      io.stderr.write(MAIN_HELP);
      return EXIT.usage;
    }
    dataDir = resolveDataDir(args.dataDir, io.env, io.cwd ?? process.cwd());
    const ctx: Context = {
      args,
      io,
      dataDir,
      stdin: new StdinSource(io.stdin),
      now: io.now ?? (() => new Date()),
      out,
      err,
    };
    return await HANDLERS[args.command](ctx);
  } catch (error) {
    const [message, code] = describeError(error, dataDir);
    err(`waypoint: ${message}`);
    return code;
  }
}
