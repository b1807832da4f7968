import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import type { DocNode } from '../../../shared/journal';
import { LIMITS } from '../../../shared/limits';
import { createHandlers } from '../../../electron/core/handlers';
import { Session } from '../../../electron/core/session';
import { callOk } from '../../support/handlerTable';
import { TEST_KDF, makeTempDir } from '../../support/vaultFixtures';

/**
 * Text edge cases through the real handler table on real encrypted vaults: passphrases typed
 * in another Unicode normalisation form, very long and emoji passphrases; entry text in
 * scripts and characters that trip up naive code, saved, locked, unlocked and read back.
 */
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

async function freshTable(): Promise<{ dir: string; handlers: Handlers; session: Session }> {
  const { dir, cleanup } = await makeTempDir();
  const session = new Session({ dataDir: dir, kdf: TEST_KDF });
  cleanups.push(async () => {
    await session.lock();
    await cleanup();
  });
  return { dir, handlers: createHandlers(session), session };
}

async function call(handlers: Handlers, channel: keyof Handlers, input: unknown) {
  return (handlers[channel] as (i: unknown) => Promise<{ ok: boolean; error?: unknown }>)(input);
}

/** Creates a journal with `created`, locks it, and tries to unlock it with `typed`. */
async function createThenUnlock(created: string, typed: string) {
  const { handlers } = await freshTable();
  await callOk(handlers, 'vault:create', { passphrase: created });
  await callOk(handlers, 'vault:lock', {});
  return call(handlers, 'vault:unlock', { passphrase: typed });
}

const WRONG = { ok: false, error: expect.objectContaining({ code: 'wrong_passphrase' }) };

describe('passphrases', () => {
  const accented = 'Crème brûlée à Noël, señor Müller';
  const hangul = '한국어로 된 긴 비밀 문장입니다';

  it.each([
    ['accented Latin', accented],
    ['Hangul (decomposes into jamo)', hangul],
    ['Vietnamese (stacked accents)', 'Tiếng Việt có dấu ở đây nhé'],
  ])('in NFC and NFD are the same passphrase: %s', async (_name, text) => {
    const nfc = text.normalize('NFC');
    const nfd = text.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(await createThenUnlock(nfc, nfd)).toMatchObject({ ok: true });
    expect(await createThenUnlock(nfd, nfc)).toMatchObject({ ok: true });
  });

  it('stays exact apart from normalisation: without the accents it is wrong', async () => {
    expect(await createThenUnlock(accented, 'Creme brulee a Noel, senor Muller')).toEqual(WRONG);
  });

  it('can be changed with the current one typed in NFD, and the new one works in NFC', async () => {
    const { handlers } = await freshTable();
    await callOk(handlers, 'vault:create', { passphrase: accented.normalize('NFC') });
    await callOk(handlers, 'vault:changePassphrase', {
      current: accented.normalize('NFD'),
      next: hangul.normalize('NFD'),
    });
    await callOk(handlers, 'vault:lock', {});
    expect(await call(handlers, 'vault:unlock', { passphrase: accented })).toEqual(WRONG);
    await callOk(handlers, 'vault:unlock', { passphrase: hangul.normalize('NFC') });
  });

  it('of 1,000 characters works, and one character fewer does not', async () => {
    const long = Array.from({ length: 1000 }, (_, i) => 'abcdefghij klmnopqrst'[i % 21]).join('');
    expect(long).toHaveLength(1000);
    expect(await createThenUnlock(long, long)).toMatchObject({ ok: true });
    expect(await createThenUnlock(long, long.slice(0, -1))).toEqual(WRONG);
  });

  it('of 1,000 accented characters typed in NFD (2,000 code units) still unlocks', async () => {
    const long = 'é'.repeat(1000);
    expect(long.normalize('NFD')).toHaveLength(2000);
    expect(await createThenUnlock(long, long.normalize('NFD'))).toMatchObject({ ok: true });
  });

  it('over the limit is refused with a clear message, and nothing is written', async () => {
    const { dir, handlers } = await freshTable();
    const result = await call(handlers, 'vault:create', {
      passphrase: 'x'.repeat(LIMITS.passphraseMaxLength + 1),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Use at most ${LIMITS.passphraseMaxLength} characters. (passphrase)`,
      },
    });
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('made of emoji works, and a different skin tone is a different passphrase', async () => {
    const emoji = '🔐🌙 tea with 👩‍👩‍👧 at 🏔️ 👋🏽';
    expect(await createThenUnlock(emoji, emoji)).toMatchObject({ ok: true });
    expect(await createThenUnlock(emoji, emoji.replace('👋🏽', '👋🏿'))).toEqual(WRONG);
  });

  it('with half an emoji (a lone surrogate) is refused when chosen, not silently altered', async () => {
    const { handlers } = await freshTable();
    const broken = 'my journal key \uD83D';
    expect(await call(handlers, 'vault:create', { passphrase: broken })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringContaining('broken character'),
      }),
    });
  });
});

/** One paragraph per case; the title and tags carry some of them too. */
const CASES = {
  emoji: 'Felt 😊 then 😢; family 👨‍👩‍👧‍👦, flag 🇳🇿, tone 👍🏾, keycap 1️⃣',
  cjk: '今日は雨でした。心が少し軽くなった。中文日记。한국어 일기.',
  arabic: 'اليوم كان يومًا صعبًا، لكنني تحدثت مع صديقي.',
  hebrew: 'היום הלכתי לטייל עם הכלב (3 km) והרגשתי טוב יותר.',
  bidiControls: 'abc \u202Eevil\u202C \u2066isolate\u2069 \u200Fmark',
  combining: 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ and cafe\u0301',
  nul: 'before\u0000after',
  controls: 'tab\tand\u0007bell\u001Bescape',
  loneHigh: 'half an emoji \uD83D here',
  loneLow: '\uDE00 starts with the other half',
  noncharacters: 'U+FFFF \uFFFF and U+FDD0 \uFDD0 and BOM \uFEFF',
  astral: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𓀀 𠜎',
};

function caseDoc(): DocNode {
  return {
    type: 'doc',
    content: Object.values(CASES).map((text) => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })),
  };
}

describe('entry text round trip (save → lock → unlock → read)', () => {
  it('keeps every case exactly: emoji, CJK, right-to-left, controls, NUL, lone surrogates', async () => {
    const { handlers } = await freshTable();
    const passphrase = 'correct horse battery staple';
    await callOk(handlers, 'vault:create', { passphrase });
    const created = await callOk(handlers, 'journal:create', { date: '2026-11-20' });
    const title = `${CASES.emoji} ${CASES.hebrew} \u0000 \uD83D`;
    const tags = ['日記', 'שלום', '😊'];
    await callOk(handlers, 'journal:save', { id: created.id, title, content: caseDoc(), tags });

    // Twice: the second unlock reads files written by an app that had itself read them back.
    for (let round = 0; round < 2; round += 1) {
      await callOk(handlers, 'vault:lock', {});
      const unlocked = await callOk(handlers, 'vault:unlock', { passphrase });
      expect(unlocked.notices).toEqual([]);
      const entry = await callOk(handlers, 'journal:get', { id: created.id });
      expect(entry.content).toEqual(caseDoc());
      expect(entry.title).toBe(title);
      expect(entry.tags).toEqual(tags);
      await callOk(handlers, 'journal:save', { id: created.id, pinned: round === 0 });
    }
  });

  it.each(Object.entries(CASES))('keeps %s exactly in its own entry', async (_name, text) => {
    const { handlers } = await freshTable();
    await callOk(handlers, 'vault:create', { passphrase: 'correct horse battery staple' });
    const content: DocNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    };
    const created = await callOk(handlers, 'journal:create', { date: '2026-11-21', content });
    await callOk(handlers, 'vault:lock', {});
    await callOk(handlers, 'vault:unlock', { passphrase: 'correct horse battery staple' });
    const entry = await callOk(handlers, 'journal:get', { id: created.id });
    expect(entry.content.content?.[0]?.content?.[0]?.text).toBe(text);
    const listed = await callOk(handlers, 'journal:list', {});
    expect(listed.map((e) => e.id)).toEqual([created.id]);
  });
});
