import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/channels';
import { ERROR_CODES, type Result } from '../../../shared/result';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { Vault } from '../../../electron/core/vault/vault';
import { registerIpcHandlers, type InvokeEventLike } from '../../../electron/main/ipc';
import { APP_ORIGIN } from '../../../electron/main/origin';
import { BUDGET } from '../../hardening-support/budget';
import {
  PASSPHRASE,
  TEST_KDF,
  changedFiles,
  doc,
  makeTempDir,
  snapshot,
} from '../../support/vaultFixtures';

/**
 * IPC fuzzing through the real registration path (registerIpcHandlers with a stub ipcMain
 * and the app's own sender URL) over the real handler table on an unlocked temp vault:
 * whatever arrives, the answer is a typed Result, never a throw, and a call that fails
 * changes no file of the vault.
 */

type Listener = (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>;
const trusted: InvokeEventLike = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } };

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
let session: Session;
const listeners = new Map<string, Listener>();
const ids: string[] = [];
const tally = { cases: 0, failedCalls: 0, okCalls: 0 };

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('waypoint-fuzz-'));
  session = new Session({ dataDir: dir, kdf: TEST_KDF });
  await session.create(PASSPHRASE);
  const vault = session.requireVault();
  ids.push((await vault.createEntry('2026-11-20', { content: doc('fuzz target one') })).id);
  ids.push((await vault.createEntry('2026-10-01', { content: doc('fuzz target two') })).id);
  registerIpcHandlers(
    {
      handle: (channel, listener) => {
        listeners.set(channel, listener);
      },
    },
    createHandlers(session),
    APP_ORIGIN,
  );
});
afterAll(async () => {
  await session.lock();
  await cleanup();
});

const KEYS = [
  'id',
  'ids',
  'date',
  'title',
  'content',
  'passphrase',
  'newPassphrase',
  'current',
  'next',
  'recoveryKey',
  'url',
  'trash',
  'tags',
  'from',
  'to',
  'pinned',
  'links',
  'theme',
  'textSize',
  'autoLockMinutes',
  'goalId',
  'checkinId',
  'type',
  '__proto__',
  'constructor',
  'prototype',
];

function nest(depth: number, leaf: unknown, asDoc: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1)
    value = asDoc ? { type: 'paragraph', content: [value] } : i % 2 ? [value] : { a: value };
  return asDoc ? { type: 'doc', content: [value] } : value;
}

/** Arbitrary JSON with a bias towards what hurts: the contract's keys with wrong types. */
/** Built per test: it draws on the ids of the entries made in beforeAll. */
const hostile = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 4 }),
      fc.constantFrom(
        ...ids,
        '2026-11-31',
        '0000-00-00',
        '',
        '\u0000',
        '\ud800',
        'app://waypoint/',
      ),
      fc
        .integer({ min: 500, max: 5_000 })
        .chain((depth) =>
          fc.boolean().map((asDoc) => nest(depth, { type: 'text', text: 'x' }, asDoc)),
        ),
      fc.integer({ min: 100_000, max: 3_000_000 }).map((n) => 'w'.repeat(n)),
      // Own "__proto__" keys too, as JSON.parse (and so a real IPC message) delivers them.
      fc
        .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 5 })
        .map((pairs) => Object.fromEntries(pairs) as unknown),
      // Well-aimed: a real entry id with hostile content, deep or huge.
      fc.record(
        {
          id: fc.constantFrom(...ids),
          content: fc.oneof(
            fc
              .integer({ min: 100, max: 5_000 })
              .map((d) => nest(d, { type: 'text', text: 'x' }, true)),
            fc.integer({ min: 100_000, max: 3_000_000 }).map((n) => doc('y'.repeat(n))),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          title: fc.string({ unit: 'binary', maxLength: 300 }),
          date: fc.constantFrom('2026-11-02', '2026-02-30', '1900-01-01', '9999-12-31', 'x'),
        },
        { requiredKeys: ['id'] },
      ),
      fc
        .constantFrom(...KEYS)
        .map((key) => JSON.parse(`{"${key}": {"polluted": true}}`) as unknown),
    ),
  })).value;

function isTypedResult(result: unknown): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const r = result as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || typeof r.error !== 'object' || r.error === null) return false;
  const error = r.error as Record<string, unknown>;
  return (
    (ERROR_CODES as readonly unknown[]).includes(error.code) &&
    typeof error.message === 'string' &&
    error.message.length > 0
  );
}

describe('IPC fuzzing: hostile input on every channel', () => {
  it.each(CHANNELS.map((c) => [c] as const))(
    '%s',
    async (channel: Channel) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`${channel} is not registered`);
      await fc.assert(
        fc.asyncProperty(hostile(), async (input) => {
          if (!session.isUnlocked()) await session.unlock(PASSPHRASE);
          const before = await snapshot(dir);
          let result: Result<unknown>;
          try {
            result = await listener(trusted, input);
          } catch (error) {
            throw new Error(`${channel} threw: ${String(error)}`, { cause: error });
          }
          tally.cases += 1;
          expect(isTypedResult(result), JSON.stringify(result).slice(0, 300)).toBe(true);
          if (!result.ok) {
            tally.failedCalls += 1;
            expect(result.error.code).not.toBe('internal');
            expect(changedFiles(before, await snapshot(dir))).toEqual([]);
          } else tally.okCalls += 1;
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: BUDGET.fuzzRunsPerChannel },
      );
    },
    BUDGET.testTimeoutMs,
  );

  it('afterwards the journal still opens and verifies', async () => {
    console.log(
      `ipc fuzz: ${tally.cases} cases on ${CHANNELS.length} channels (${tally.failedCalls} refused, ${tally.okCalls} accepted)`,
    );
    expect(tally.cases).toBe(CHANNELS.length * BUDGET.fuzzRunsPerChannel);
    await session.lock();
    const vault = await Vault.open(dir, PASSPHRASE, { kdf: TEST_KDF });
    expect(vault.notices).toEqual([]);
    expect(await vault.verify()).toMatchObject({ ok: true });
    await vault.close();
  });
});
