import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './exitCodes';

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  'passphrase-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies ParseArgsOptionsConfig;

/** Each command's own options, and how many positional arguments it takes. */
export const COMMANDS = {
  init: { options: {}, positionals: [0, 0] },
  add: {
    options: { date: { type: 'string' }, title: { type: 'string' } },
    positionals: [0, Infinity],
  },
  list: {
    options: { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
    positionals: [0, 0],
  },
  show: { options: {}, positionals: [1, 1] },
  verify: { options: {}, positionals: [0, 0] },
  export: {
    options: { format: { type: 'string' }, out: { type: 'string' } },
    positionals: [0, 0],
  },
  backup: { options: { to: { type: 'string' } }, positionals: [0, 0] },
  restore: { options: {}, positionals: [1, 1] },
} as const satisfies Record<
  string,
  { options: ParseArgsOptionsConfig; positionals: readonly [number, number] }
>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

export interface ParsedArgs {
  /** Undefined when no command was given (only global options, or nothing). */
  command: CommandName | undefined;
  /** Positional arguments after the command name. */
  positionals: string[];
  /** Command options by long name (strings only: flags are below). */
  options: Record<string, string | undefined>;
  dataDir: string | undefined;
  passphraseStdin: boolean;
  help: boolean;
  version: boolean;
  /** `waypoint help [command]`: the command asked about. */
  helpTopic: string | undefined;
}

const ALL_OPTIONS: ParseArgsOptionsConfig = Object.assign(
  {},
  GLOBAL_OPTIONS,
  ...Object.values(COMMANDS).map((c) => c.options),
) as ParseArgsOptionsConfig;

function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages are good but sometimes two sentences long; the first is enough.
  return message.split(/(?<=\.)\s/)[0] ?? message;
}

/** Parses argv (without `node` and the script). Throws UsageError on anything wrong. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: ALL_OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError(parseErrorMessage(error));
  }
  const [first, ...rest] = parsed.positionals;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const flag = (name: string): boolean => values[name] === true;
  const result: ParsedArgs = {
    command: undefined,
    positionals: rest,
    options: {},
    dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    passphraseStdin: flag('passphrase-stdin'),
    help: flag('help'),
    version: flag('version'),
    helpTopic: undefined,
  };

  if (first === 'help') {
    result.help = true;
    result.helpTopic = rest[0];
    if (rest.length > 1) throw new UsageError('"help" takes at most one command name.');
    return result;
  }
  if (first !== undefined && !isCommandName(first))
    throw new UsageError(`Unknown command "${first}". Run "waypoint --help" to see the commands.`);
  result.command = first;

  const allowed = first ? COMMANDS[first].options : {};
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (Object.hasOwn(GLOBAL_OPTIONS, token.name)) continue;
    if (!Object.hasOwn(allowed, token.name)) {
      throw new UsageError(
        first
          ? `"${first}" has no option --${token.name}. Run "waypoint ${first} --help".`
          : `--${token.name} belongs to a command. Run "waypoint --help".`,
      );
    }
    const value = values[token.name];
    if (typeof value === 'string') result.options[token.name] = value;
  }

  if (first && !result.help) {
    const [min, max] = COMMANDS[first].positionals;
    if (rest.length < min)
      throw new UsageError(`"${first}" needs an argument. Run "waypoint ${first} --help".`);
    if (rest.length > max)
      throw new UsageError(
        `"${first}" got an unexpected argument "${rest[max] ?? ''}". Run "waypoint ${first} --help".`,
      );
  }
  return result;
}
