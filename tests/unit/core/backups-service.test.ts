import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAutomaticBackups } from '../../../electron/core/backups/backupService';
import { createHandlers } from '../../../electron/core/handlers';
import type { Handlers } from '../../../shared/contract';
import { docToText } from '../../../shared/journal';
import { callOk, openTestTable } from '../../support/handlerTable';
import { PASSPHRASE, doc } from '../../support/vaultFixtures';

let clock = new Date('2026-11-20T09:00:00Z');
const now = () => clock;
let table: Awaited<ReturnType<typeof openTestTable>>;
beforeEach(async () => {
  clock = new Date('2026-11-20T09:00:00Z');
  table = await openTestTable(now);
});
afterEach(async () => table.close());

async function entryWith(handlers: Handlers, text: string): Promise<string> {
  const entry = await callOk(handlers, 'journal:create', { date: '2026-11-20' });
  await callOk(handlers, 'journal:save', { id: entry.id, content: doc(text) });
  return entry.id;
}

async function textOf(handlers: Handlers, id: string): Promise<string> {
  return docToText((await callOk(handlers, 'journal:get', { id })).content);
}

describe('backups through the handler table', () => {
  it('back up now, change an entry, restore: the old text, the journal unlocked again', async () => {
    const { handlers } = table;
    const id = await entryWith(handlers, 'Backed up text');
    const status = await callOk(handlers, 'backups:now', {});
    expect(status.isDefaultFolder).toBe(true);
    expect(status.folder).toBe(`${table.dir}-backups`);
    expect(status.backups).toHaveLength(1);
    expect(status.backups[0]).toMatchObject({ kind: 'manual', verified: true });
    await callOk(handlers, 'journal:save', { id, content: doc('Changed afterwards') });

    const wrong = await handlers['backups:restore']({
      id: status.backups[0]?.id,
      passphrase: 'not the passphrase',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    // Still unlocked, nothing replaced.
    expect(await textOf(handlers, id)).toBe('Changed afterwards');

    clock = new Date('2026-11-21T09:00:00Z');
    const restored = await callOk(handlers, 'backups:restore', {
      id: status.backups[0]?.id,
      passphrase: PASSPHRASE,
    });
    expect(restored.passphraseResetRequired).toBe(false);
    expect(await textOf(handlers, id)).toBe('Backed up text');
    const after = await callOk(handlers, 'backups:status', {});
    expect(after.backups.map((b) => b.kind)).toEqual(['before-restore', 'manual']);
  });

  it('an unknown backup id, or both or neither secret, is refused', async () => {
    const { handlers } = table;
    expect(
      await handlers['backups:restore']({ id: 'waypoint-nope', passphrase: PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await handlers['backups:restore']({ id: 'waypoint-x', passphrase: 'a', recoveryKey: 'b' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handlers['backups:restore']({ id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('the folder is chosen through the platform dialog; cancelling changes nothing', async () => {
    const chosen = join(table.dir, '..', 'usb-disk');
    let answer: string | null = null;
    const handlers = createHandlers(table.session, {
      version: 'test',
      chooseFolder: () => Promise.resolve(answer),
    });
    expect(await callOk(handlers, 'backups:setFolder', { folder: 'choose' })).toBeNull();
    answer = chosen;
    const status = await callOk(handlers, 'backups:setFolder', { folder: 'choose' });
    expect(status).toMatchObject({ folder: chosen, isDefaultFolder: false });
    await callOk(handlers, 'backups:now', {});
    expect((await callOk(handlers, 'backups:status', {})).backups).toHaveLength(1);
    const back = await callOk(handlers, 'backups:setFolder', { folder: 'default' });
    expect(back?.isDefaultFolder).toBe(true);
  });

  it('rotating the keys keeps the passphrase working and everything readable', async () => {
    const { handlers, session } = table;
    const id = await entryWith(handlers, 'Still here');
    const { recoveryKey } = await callOk(handlers, 'vault:rotateKeys', { passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await callOk(handlers, 'vault:lock', {});
    await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
    expect(await textOf(handlers, id)).toBe('Still here');
    await session.lock();
    await callOk(handlers, 'vault:unlockWithRecoveryKey', { recoveryKey });
    expect(await textOf(handlers, id)).toBe('Still here');
  });

  it('automatic backups: one after an unlock, at most about once a day, off when turned off', async () => {
    const { handlers, session } = table;
    const auto = startAutomaticBackups(session, now);
    const unlockAgain = async () => {
      await callOk(handlers, 'vault:lock', {});
      await callOk(handlers, 'vault:unlock', { passphrase: PASSPHRASE });
      await auto.idle();
    };
    await unlockAgain();
    expect((await callOk(handlers, 'backups:status', {})).backups).toHaveLength(1);
    await unlockAgain();
    expect((await callOk(handlers, 'backups:status', {})).backups).toHaveLength(1);
    clock = new Date('2026-11-21T09:00:00Z');
    await unlockAgain();
    const status = await callOk(handlers, 'backups:status', {});
    expect(status.backups.map((b) => b.kind)).toEqual(['automatic', 'automatic']);
    await callOk(handlers, 'backups:setAutomatic', { automatic: false });
    clock = new Date('2026-11-23T09:00:00Z');
    await unlockAgain();
    expect((await callOk(handlers, 'backups:status', {})).backups).toHaveLength(2);
  });
});
