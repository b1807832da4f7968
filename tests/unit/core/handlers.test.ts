import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, PRE_UNLOCK_CHANNELS, type Channel } from '../../../shared/channels';
import { DEFAULT_SETTINGS, type Handlers } from '../../../shared/contract';
import { emptyGoalInput } from '../../../shared/goals';
import { emptyThoughtRecordInput } from '../../../shared/thoughtRecords';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { PASSPHRASE, TEST_KDF, doc, makeTempDir, snapshot } from '../../support/vaultFixtures';

let dir: string;
let cleanup: () => Promise<void>;
let session: Session;
let handlers: Handlers;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  session = new Session({ dataDir: dir, kdf: TEST_KDF });
  handlers = createHandlers(session);
});
afterEach(async () => {
  await session.lock();
  await cleanup();
});

async function call(channel: Channel, input: unknown) {
  return (handlers[channel] as (i: unknown) => Promise<unknown>)(input);
}

/** Inputs no channel accepts. */
const HOSTILE: [string, unknown][] = [
  ['a string', 'hello'],
  ['a number', 42],
  ['null', null],
  ['an array', []],
  ['undefined', undefined],
  ['an unknown field', { surprise: true }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
];

describe('every channel rejects malformed input and changes nothing', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s', async (channel) => {
    const created = await call('vault:create', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true });
    const entry = await call('journal:create', { date: '2026-11-26' });
    expect(entry).toMatchObject({ ok: true });
    const before = await snapshot(dir);
    for (const [label, input] of HOSTILE) {
      // Empty-input channels accept {} only; everything above must be refused for all channels.
      const result = await call(channel, input);
      expect(result, `${channel} with ${label}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses wrong types, missing fields and strings over their limits with a human message', async () => {
    await call('vault:create', { passphrase: PASSPHRASE });
    const cases: [Channel, unknown][] = [
      ['vault:create', { passphrase: 'short' }],
      ['vault:unlock', { passphrase: 7 }],
      ['vault:changePassphrase', { current: PASSPHRASE }],
      ['vault:changePassphrase', { current: PASSPHRASE, next: 'x'.repeat(2000) }],
      ['journal:create', { date: '2026-13-45' }],
      ['journal:create', { date: 'yesterday' }],
      ['journal:get', { id: '../../etc/passwd' }],
      ['journal:save', { id: 'abc', title: 'x'.repeat(301) }],
      [
        'journal:save',
        { id: 'abc', content: { type: 'doc', content: [{ type: 'p', onclick: 'x' }] } },
      ],
      ['settings:set', { autoLockMinutes: -1 }],
      ['settings:set', { reminderTime: '25:00' }],
      ['prefs:set', { theme: 'neon' }],
    ];
    for (const [channel, input] of cases) {
      const result = await call(channel, input);
      expect(result, channel).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.any(String) },
      });
    }
    const short = (await call('vault:create', { passphrase: 'short' })) as {
      error: { message: string };
    };
    expect(short.error.message).toMatch(/at least 10 characters/);
  });

  it('refuses deeply nested and oversized documents', async () => {
    await call('vault:create', { passphrase: PASSPHRASE });
    const created = (await call('journal:create', { date: '2026-11-26' })) as {
      value: { id: string };
    };
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 500; i += 1) deep = { type: 'paragraph', content: [deep] };
    expect(await call('journal:save', { id: created.value.id, content: deep })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await call('journal:save', { id: created.value.id, content: doc('y'.repeat(2_200_000)) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringMatching(/too long to save/) },
    });
  });
});

describe('locked means locked', () => {
  it('only the pre-unlock channels answer before unlock; the rest say "locked"', async () => {
    await call('vault:create', { passphrase: PASSPHRASE });
    await call('vault:lock', {});
    const sample: Record<Channel, unknown> = {
      'vault:status': {},
      'vault:create': { passphrase: PASSPHRASE },
      'vault:unlock': { passphrase: 'wrong one' },
      'vault:unlockWithRecoveryKey': { recoveryKey: 'AAAA' },
      'vault:resetPassphrase': { newPassphrase: 'a new passphrase' },
      'vault:changePassphrase': { current: PASSPHRASE, next: 'a new passphrase' },
      'vault:lock': {},
      'vault:regenerateRecoveryKey': { passphrase: PASSPHRASE },
      'app:info': {},
      'app:revealDataFolder': {},
      'app:openExternal': { url: 'https://example.org/' },
      'prefs:get': {},
      'prefs:set': { theme: 'dark' },
      'settings:get': {},
      'settings:set': { autoLockMinutes: 1 },
      'clipboard:copied': { text: 'copied text' },
      'journal:list': {},
      'journal:get': { id: 'abc' },
      'journal:create': { date: '2026-11-26' },
      'journal:save': { id: 'abc' },
      'journal:delete': { id: 'abc' },
      'journal:restore': { id: 'abc' },
      'journal:purge': { ids: ['abc'] },
      'journal:tags': {},
      'journal:renameTag': { from: 'a', to: 'b' },
      'journal:setMood': { entryId: 'abc', mood: 5 },
      'search:query': { q: 'hello' },
      'journal:loadState': {},
      'goals:list': {},
      'goals:save': { ...emptyGoalInput(), title: 'Walk' },
      'goals:delete': { id: 'abc' },
      'goals:checkIn': { goalId: 'abc', date: '2026-11-26', value: 1, note: '' },
      'goals:deleteCheckIn': { goalId: 'abc', checkinId: 'def' },
      'goals:setStatus': { goalId: 'abc', status: 'achieved', note: '' },
      'plans:list': {},
      'plans:save': {
        goalId: null,
        wish: 'w',
        outcome: 'o',
        obstacle: 'ob',
        obstacleKind: 'habit',
        plans: [],
        order: 0,
        archived: false,
        thoughtRecordIds: [],
      },
      'plans:delete': { id: 'abc' },
      'plans:logOccurrence': {
        obstacleId: 'abc',
        planId: null,
        date: '2026-11-26',
        used: 'yes',
        outcome: 3,
        note: '',
      },
      'plans:deleteOccurrence': { obstacleId: 'abc', occurrenceId: 'def' },
      'plans:reorder': { ids: ['abc'] },
      'checkins:list': {},
      'checkins:save': { date: '2026-11-26', mood: 6 },
      'checkins:delete': { id: 'abc' },
      'trackers:list': {},
      'trackers:save': { name: 'Walk', scale: 'yesno', archived: false },
      'measures:list': {},
      'measures:save': {
        instrument: 'gad7',
        date: '2026-11-26',
        answers: [0, 0, 0, 0, 0, 0, 0],
        difficulty: null,
      },
      'measures:delete': { id: 'abc' },
      'sessions:list': {},
      'sessions:save': {
        date: '2026-11-26',
        therapist: '',
        notes: '',
        takeaways: '',
        homework: [],
      },
      'sessions:delete': { id: 'abc' },
      'sessions:setHomeworkDone': { sessionId: 'abc', homeworkId: 'def', done: true },
      'agenda:list': {},
      'agenda:add': { text: 'Sleep', source: 'home', sourceId: null },
      'agenda:update': { id: 'abc', discussedIn: null },
      'agenda:delete': { id: 'abc' },
      'summary:defaults': {},
      'summary:build': {
        from: '2026-11-01',
        to: '2026-11-26',
        sections: {},
        entries: [],
        thoughtRecordIds: [],
      },
      'summary:export': {
        options: {
          from: '2026-11-01',
          to: '2026-11-26',
          sections: {},
          entries: [],
          thoughtRecordIds: [],
        },
        format: 'md',
        pageSize: 'A4',
      },
      'thoughts:list': {},
      'thoughts:save': emptyThoughtRecordInput('2026-11-26'),
      'thoughts:delete': { id: 'abc' },
      'thoughts:traps': {},
      'thoughts:saveTrap': { name: 'Comparing', description: '' },
      'thoughts:deleteTrap': { id: 'custom-abc' },
      'conflicts:list': {},
      'conflicts:resolve': { id: 'abc', choice: 'mine' },

      'backups:status': {},
      'backups:now': {},
      'backups:setFolder': { folder: 'default' },
      'backups:setAutomatic': { automatic: false },
      'backups:restore': { id: 'waypoint-2026-11-26-09-00-00-abcdef', passphrase: PASSPHRASE },
      'vault:rotateKeys': { passphrase: PASSPHRASE },

      'templates:list': {},
      'templates:save': { name: 'Evening', content: { type: 'doc' } },
      'templates:delete': { id: 'abc' },

      'skills:list': {},
      'skills:save': { name: 'Cold water', howTo: '', tags: ['calming'], whenItHelps: '' },
      'skills:setHidden': { id: 'builtin-paced-breathing', hidden: true },
      'skills:setWhenItHelps': { id: 'builtin-paced-breathing', whenItHelps: 'At night' },
      'skills:practices': {},
      'skills:logPractice': {
        skillId: 'builtin-paced-breathing',
        date: '2026-11-26',
        situation: '',
        situationTag: null,
        before: 7,
        after: 4,
        helpful: 4,
        note: '',
      },
      'skills:deletePractice': { id: 'abc' },
    };
    for (const channel of CHANNELS) {
      const result = (await call(channel, sample[channel])) as {
        ok: boolean;
        error?: { code: string };
      };
      if (PRE_UNLOCK_CHANNELS.includes(channel))
        expect(result.error?.code, channel).not.toBe('locked');
      else expect(result, channel).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });

  it('runs the whole first-run flow through the table', async () => {
    expect(await call('vault:status', {})).toMatchObject({ ok: true, value: { state: 'none' } });
    const created = (await call('vault:create', { passphrase: PASSPHRASE })) as {
      value: { recoveryKey: string };
    };
    const entry = (await call('journal:create', { date: '2026-11-26' })) as {
      value: { id: string };
    };
    expect(
      await call('journal:save', {
        id: entry.value.id,
        title: 'Hello',
        content: doc('Dear diary'),
      }),
    ).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
    await call('vault:lock', {});
    expect(await call('vault:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await call('vault:unlock', { passphrase: 'nope nope nope' })).toEqual({
      ok: false,
      error: { code: 'wrong_passphrase', message: "That passphrase doesn't unlock this journal." },
    });
    expect(
      await call('vault:unlockWithRecoveryKey', { recoveryKey: created.value.recoveryKey }),
    ).toMatchObject({
      ok: true,
      value: { passphraseResetRequired: true },
    });
    expect(await call('vault:resetPassphrase', { newPassphrase: 'my new passphrase' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await call('journal:list', {})).toMatchObject({
      ok: true,
      value: [{ id: entry.value.id, title: 'Hello', preview: 'Dear diary', words: 2 }],
    });
    expect(await call('settings:get', {})).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    expect(DEFAULT_SETTINGS).toMatchObject({
      autoLockMinutes: 5,
      lockOnSuspend: true,
      onThisDay: false,
    });
    expect(await call('settings:set', { autoLockMinutes: 15 })).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 15, reminderTime: '09:00' },
    });
    expect(await call('settings:set', { reminderTime: '20:30' })).toMatchObject({
      ok: true,
      value: { autoLockMinutes: 15, reminderTime: '20:30' },
    });
    expect(await call('prefs:set', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark', textSize: 'medium' },
    });
  });
});

describe('keys and the operating system', () => {
  it('a regenerated recovery key replaces the old one, and needs the passphrase', async () => {
    const created = (await call('vault:create', { passphrase: PASSPHRASE })) as {
      value: { recoveryKey: string };
    };
    expect(
      await call('vault:regenerateRecoveryKey', { passphrase: 'not the passphrase' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    const fresh = (await call('vault:regenerateRecoveryKey', { passphrase: PASSPHRASE })) as {
      value: { recoveryKey: string };
    };
    expect(fresh.value.recoveryKey).not.toBe(created.value.recoveryKey);
    await call('vault:lock', {});
    expect(
      await call('vault:unlockWithRecoveryKey', { recoveryKey: created.value.recoveryKey }),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong_recovery_key' },
    });
    expect(
      await call('vault:unlockWithRecoveryKey', { recoveryKey: fresh.value.recoveryKey }),
    ).toMatchObject({ ok: true });
  });

  it('opens only web links, and only through the platform', async () => {
    const opened: string[] = [];
    const withOs = createHandlers(session, {
      version: '1.2.3',
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
    await call('vault:create', { passphrase: PASSPHRASE });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://waypoint/x',
      'https://user:pw@example.org/',
      'not a url',
    ]) {
      expect(await withOs['app:openExternal']({ url }), url).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(await withOs['app:openExternal']({ url: 'https://www.samaritans.org/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(opened).toEqual(['https://www.samaritans.org/']);
    expect(await withOs['app:info']({})).toEqual({
      ok: true,
      value: { dataDir: dir, version: '1.2.3', canRevealDataFolder: false },
    });
    expect(await withOs['app:revealDataFolder']({})).toMatchObject({ ok: false });
    // Without a platform (the CLI), links are refused plainly.
    expect(await call('app:openExternal', { url: 'https://example.org/' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
