import { PassThrough, Readable } from 'node:stream';
import { run } from '../../../electron/core/cli/run';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a piped (non-TTY) stdin holding `stdin`. */
export async function runCli(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; cwd?: string; now?: Date } = {},
): Promise<RunResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const now = options.now;
  const code = await run(argv, {
    stdin: Readable.from(options.stdin !== undefined ? [Buffer.from(options.stdin)] : []),
    stdout,
    stderr,
    env: options.env ?? {},
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(now !== undefined ? { now: () => now } : {}),
  });
  return { code, stdout: out, stderr: err };
}
