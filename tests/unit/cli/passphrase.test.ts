import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/core/cli/exitCodes';
import {
  CancelledError,
  getPassphrase,
  promptHidden,
  StdinSource,
} from '../../../electron/core/cli/passphrase';

/** A fake terminal: a stream that says it is a TTY and accepts raw mode. */
function fakeTty(): PassThrough & { isTTY: boolean; setRawMode: (on: boolean) => void } {
  return Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
}

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return () => text;
}

describe('promptHidden', () => {
  it('reads a line without echoing it', async () => {
    const input = fakeTty();
    const output = new PassThrough();
    const written = collect(output);
    const answer = promptHidden(input, output, 'Passphrase: ');
    input.write('s3cret words here\r');
    expect(await answer).toBe('s3cret words here');
    expect(written()).toBe('Passphrase: \n');
  });

  it('is cancelled by Ctrl-C', async () => {
    const input = fakeTty();
    const answer = promptHidden(input, new PassThrough(), 'Passphrase: ');
    input.write('\x03');
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });

  it('asks twice for a new passphrase and refuses a mismatch', async () => {
    const input = fakeTty();
    const sources = {
      stdin: new StdinSource(input),
      stderr: new PassThrough(),
      env: {},
      passphraseStdin: false,
    };
    const asked = getPassphrase(sources, { confirm: true });
    input.write('first passphrase\r');
    await new Promise((r) => setTimeout(r, 10));
    input.write('other passphrase\r');
    await expect(asked).rejects.toThrow(/don't match/);
  });
});

describe('getPassphrase', () => {
  const base = { stderr: new PassThrough(), env: {}, passphraseStdin: false };

  it('takes the first stdin line and leaves the rest', async () => {
    const stdin = new StdinSource(Readable.from([Buffer.from('pass phrase!\r\nthe entry\nmore')]));
    expect(await getPassphrase({ ...base, stdin, passphraseStdin: true }, { confirm: false })).toBe(
      'pass phrase!',
    );
    expect(await stdin.rest()).toBe('the entry\nmore');
  });

  it('uses WAYPOINT_PASSPHRASE', async () => {
    const stdin = new StdinSource(Readable.from([]));
    const env = { WAYPOINT_PASSPHRASE: 'from the environment' };
    expect(await getPassphrase({ ...base, stdin, env }, { confirm: false })).toBe(
      'from the environment',
    );
  });

  it('needs some source when stdin is not a terminal', async () => {
    const stdin = new StdinSource(Readable.from([]));
    await expect(getPassphrase({ ...base, stdin }, { confirm: false })).rejects.toThrow(UsageError);
  });

  it('enforces the minimum length for a new vault only', async () => {
    const env = { WAYPOINT_PASSPHRASE: 'short' };
    const stdin = new StdinSource(Readable.from([]));
    await expect(getPassphrase({ ...base, stdin, env }, { confirm: true })).rejects.toThrow(
      /at least 10/,
    );
    expect(await getPassphrase({ ...base, stdin, env }, { confirm: false })).toBe('short');
  });
});
