import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/channels';
import type { Handlers, OutputOf } from '../../../shared/contract';
import {
  COMPLETE_NEEDS_HOT_THOUGHT,
  emptyThoughtRecordInput,
  type ThoughtRecordInput,
} from '../../../shared/thoughtRecords';
import { averageChange, topTraps } from '../../../shared/thoughtInsights';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { PASSPHRASE, TEST_KDF, makeTempDir, snapshot } from '../../support/vaultFixtures';
import { callOk } from '../../support/handlerTable';

let dir: string;
let cleanup: () => Promise<void>;
let session: Session;
let handlers: Handlers;
let clock = new Date('2026-11-26T10:00:00Z');

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  clock = new Date('2026-11-26T10:00:00Z');
  session = new Session({ dataDir: dir, kdf: TEST_KDF, now: () => clock });
  handlers = createHandlers(session);
  await handlers['vault:create']({ passphrase: PASSPHRASE });
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

function call<C extends Channel>(channel: C, input: unknown): Promise<OutputOf<C>> {
  return callOk(handlers, channel, input);
}

const draft: ThoughtRecordInput = {
  ...emptyThoughtRecordInput('2026-11-25'),
  situation: 'Sent a message to a friend; no reply all evening.',
  emotions: [
    { id: 'e1', name: 'Lonely', before: 70, after: null },
    { id: 'e2', name: 'Embarrassed', before: 40, after: null },
  ],
  thoughts: [{ id: 't1', text: 'They don’t want to hear from me.', belief: 85, hot: true }],
  tags: ['friends', 'Friends', 'evening'],
  step: 3,
};

describe('thought records through the handler table', () => {
  it('creates a draft, resumes it, completes it, and keeps it across a lock', async () => {
    const trap = await call('thoughts:saveTrap', {
      name: 'Comparing myself',
      description: 'Measuring myself against the best bits of other people’s lives.',
    });
    expect(trap.id).toMatch(/^custom-/);
    const created = await call('thoughts:save', { ...draft, traps: ['mind-reading', trap.id] });
    expect(created).toMatchObject({
      status: 'draft',
      step: 3,
      tags: ['friends', 'evening'],
      createdAt: clock.toISOString(),
    });
    clock = new Date('2026-11-26T11:00:00Z');
    const done = await call('thoughts:save', {
      ...draft,
      id: created.id,
      traps: ['mind-reading', trap.id, 'mind-reading'],
      emotions: draft.emotions.map((e) => ({ ...e, after: e.before - 30 })),
      evidenceFor: 'They usually reply within an hour.',
      evidenceAgainst: 'They said they had a long shift today.',
      balancedThought: 'They are probably tired; I can ask tomorrow.',
      balancedBelief: 70,
      hotBeliefAfter: 30,
      status: 'complete',
      step: 8,
      goalIds: ['goal1'],
    });
    expect(done).toMatchObject({
      id: created.id,
      createdAt: created.createdAt,
      updatedAt: clock.toISOString(),
      traps: ['mind-reading', trap.id],
      status: 'complete',
    });

    await call('vault:lock', {});
    await call('vault:unlock', { passphrase: PASSPHRASE });
    const records = await call('thoughts:list', {});
    expect(records).toHaveLength(1);
    expect(records[0]).toEqual(done);
    expect(averageChange(records)).toEqual({ emotion: -30, belief: -55, records: 1 });
    expect(topTraps(records)).toHaveLength(2);
    expect(topTraps(records)).toEqual(
      expect.arrayContaining([
        { trapId: 'mind-reading', count: 1 },
        { trapId: trap.id, count: 1 },
      ]),
    );
    expect(await call('thoughts:traps', {})).toEqual([trap]);

    // Deleting a custom trap takes it off the records that used it.
    await call('thoughts:deleteTrap', { id: trap.id });
    expect(await call('thoughts:traps', {})).toEqual([]);
    expect((await call('thoughts:list', {}))[0]?.traps).toEqual(['mind-reading']);

    await call('thoughts:delete', { id: created.id });
    expect(await call('thoughts:list', {})).toEqual([]);
  });

  it('lists newest day first', async () => {
    await call('thoughts:save', { ...draft, date: '2026-11-01' });
    await call('thoughts:save', { ...draft, date: '2026-11-20' });
    expect((await call('thoughts:list', {})).map((r) => r.date)).toEqual([
      '2026-11-20',
      '2026-11-01',
    ]);
  });

  it('refuses bad input with a kind message and changes nothing', async () => {
    const record = await call('thoughts:save', draft);
    const before = await snapshot(dir);
    const cases: [Channel, unknown, string, RegExp][] = [
      [
        'thoughts:save',
        { ...draft, id: record.id, thoughts: [], status: 'complete' },
        'invalid_input',
        new RegExp(COMPLETE_NEEDS_HOT_THOUGHT.slice(0, 30)),
      ],
      [
        'thoughts:save',
        { ...draft, emotions: [{ id: 'e', name: 'Angry', before: 140, after: null }] },
        'invalid_input',
        /0 to 100/,
      ],
      ['thoughts:save', { ...draft, situation: 'x'.repeat(4001) }, 'invalid_input', /4,000/],
      [
        'thoughts:save',
        { ...draft, traps: ['custom-missing'] },
        'invalid_input',
        /no longer exists/,
      ],
      ['thoughts:save', { ...draft, id: 'missing' }, 'not_found', /no longer exists/],
      ['thoughts:delete', { id: 'missing' }, 'not_found', /no longer exists/],
      ['thoughts:deleteTrap', { id: 'mind-reading' }, 'invalid_input', /built-in/],
      ['thoughts:deleteTrap', { id: 'custom-missing' }, 'not_found', /no longer exists/],
      ['thoughts:saveTrap', { name: 'Mind reading', description: '' }, 'invalid_input', /already/],
      ['thoughts:saveTrap', { name: '  ', description: '' }, 'invalid_input', /short name/],
      [
        'thoughts:saveTrap',
        { id: 'mind-reading', name: 'Mine', description: '' },
        'invalid_input',
        /trap id/,
      ],
    ];
    for (const [channel, input, code, message] of cases) {
      const result = await (handlers[channel] as (i: unknown) => Promise<unknown>)(input);
      expect(result, JSON.stringify(input).slice(0, 200)).toMatchObject({
        ok: false,
        error: { code, message: expect.stringMatching(message) },
      });
    }
    expect(await snapshot(dir)).toEqual(before);
  });
});
