import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { LIMITS } from '../../../shared/limits';
import { CliError, EXIT, UsageError } from './exitCodes';

export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };
export type OutputStream = NodeJS.WritableStream;

/**
 * Standard input, read at most once. With --passphrase-stdin the first line is the
 * passphrase and `rest()` is what follows it (the entry text for `add`).
 */
export class StdinSource {
  private text: Promise<string> | undefined;
  private firstLineTaken = false;

  constructor(readonly stream: InputStream) {}

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  private readAll(): Promise<string> {
    this.text ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of this.stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks).toString('utf8');
    })();
    return this.text;
  }

  async firstLine(): Promise<string> {
    const all = await this.readAll();
    this.firstLineTaken = true;
    const end = all.indexOf('\n');
    return (end === -1 ? all : all.slice(0, end)).replace(/\r$/, '');
  }

  async rest(): Promise<string> {
    const all = await this.readAll();
    if (!this.firstLineTaken) return all;
    const end = all.indexOf('\n');
    return end === -1 ? '' : all.slice(end + 1);
  }
}

export class CancelledError extends CliError {
  constructor() {
    super('Cancelled.', EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

/**
 * Asks on a terminal with echo off. The prompt goes to `output` (stderr, so stdout stays
 * clean for pipes); what is typed is never written anywhere.
 */
export function promptHidden(
  input: InputStream,
  output: OutputStream,
  prompt: string,
): Promise<string> {
  output.write(prompt);
  const muted = new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
  const rl = createInterface({ input, output: muted, terminal: true, historySize: 0 });
  return new Promise<string>((resolve, reject) => {
    let answered = false;
    rl.question('', (answer) => {
      answered = true;
      rl.close();
      output.write('\n');
      resolve(answer);
    });
    rl.on('SIGINT', () => {
      rl.close();
    });
    rl.on('close', () => {
      if (answered) return;
      output.write('\n');
      reject(new CancelledError());
    });
  });
}

export interface PassphraseSources {
  stdin: StdinSource;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  passphraseStdin: boolean;
}

function checkLength(passphrase: string, forNewVault: boolean): string {
  if (passphrase === '') throw new UsageError('The passphrase is empty.');
  if (passphrase.length > LIMITS.passphraseMaxLength)
    throw new UsageError(
      `The passphrase is too long (at most ${LIMITS.passphraseMaxLength} characters).`,
    );
  if (forNewVault && passphrase.length < LIMITS.passphraseMinLength)
    throw new UsageError(
      `Please choose a passphrase of at least ${LIMITS.passphraseMinLength} characters.`,
    );
  return passphrase;
}

/**
 * The passphrase, from (in order) --passphrase-stdin, WAYPOINT_PASSPHRASE, or a prompt on
 * the terminal. For a new vault (`confirm`) a prompt asks twice.
 */
export async function getPassphrase(
  sources: PassphraseSources,
  options: { confirm: boolean },
): Promise<string> {
  if (sources.passphraseStdin) {
    if (sources.stdin.isTTY)
      throw new UsageError('--passphrase-stdin needs the passphrase piped in, not typed.');
    return checkLength(await sources.stdin.firstLine(), options.confirm);
  }
  const fromEnv = sources.env.WAYPOINT_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return checkLength(fromEnv, options.confirm);
  if (!sources.stdin.isTTY)
    throw new UsageError(
      'No passphrase given: run this in a terminal, or use --passphrase-stdin, or set WAYPOINT_PASSPHRASE.',
    );
  if (!options.confirm)
    return checkLength(
      await promptHidden(sources.stdin.stream, sources.stderr, 'Passphrase: '),
      false,
    );
  const first = checkLength(
    await promptHidden(
      sources.stdin.stream,
      sources.stderr,
      `New passphrase (at least ${LIMITS.passphraseMinLength} characters): `,
    ),
    true,
  );
  const second = await promptHidden(sources.stdin.stream, sources.stderr, 'Repeat it: ');
  if (second !== first)
    throw new UsageError("The two passphrases don't match. Nothing was created.");
  return first;
}
