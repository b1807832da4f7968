import { afterEach, beforeEach } from 'vitest';
import type { Channel } from '../../shared/channels';
import type { Handlers, OutputOf } from '../../shared/contract';
import { createHandlers } from '../../electron/core/handlers';
import { Session } from '../../electron/core/session';
import { PASSPHRASE, TEST_KDF, makeTempDir } from './vaultFixtures';

/** Calls a channel through the real handler table and unwraps the result (fails the test on error). */
export async function callOk<C extends Channel>(
  handlers: Handlers,
  channel: C,
  input: unknown,
): Promise<OutputOf<C>> {
  const result = await (
    handlers[channel] as (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
  )(input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<C>;
}

/** A freshly created, unlocked vault in a temp folder behind the real handler table. */
export async function openTestTable(now: () => Date): Promise<{
  dir: string;
  session: Session;
  handlers: Handlers;
  close: () => Promise<void>;
}> {
  const { dir, cleanup } = await makeTempDir();
  const session = new Session({ dataDir: dir, kdf: TEST_KDF, now });
  const handlers = createHandlers(session);
  await callOk(handlers, 'vault:create', { passphrase: PASSPHRASE });
  return {
    dir,
    session,
    handlers,
    close: async () => {
      await session.lock();
      await cleanup();
    },
  };
}

/**
 * In a vitest file: a fresh vault behind the real handler table for every test (its own
 * beforeEach/afterEach). `call` unwraps results; `handlers` gives the raw ones (refusals).
 */
export function perTestTable(now: () => Date): {
  readonly dir: string;
  readonly handlers: Handlers;
  call: <C extends Channel>(channel: C, input: unknown) => Promise<OutputOf<C>>;
} {
  let table: Awaited<ReturnType<typeof openTestTable>> | null = null;
  beforeEach(async () => {
    table = await openTestTable(now);
  });
  afterEach(async () => {
    await table?.close();
    table = null;
  });
  const current = () => {
    if (!table) throw new Error('perTestTable is only open inside a test');
    return table;
  };
  return {
    get dir() {
      return current().dir;
    },
    get handlers() {
      return current().handlers;
    },
    call: (channel, input) => callOk(current().handlers, channel, input),
  };
}
