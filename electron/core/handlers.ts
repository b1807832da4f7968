import { ANSWERED_WHILE_LOADING, PRE_UNLOCK_CHANNELS, type Channel } from '../../shared/channels';
import { contract, type Handlers } from '../../shared/contract';
import { normalizeTags } from '../../shared/journal';
import { renameTagPatches, tagCounts } from './journal/journalState';
import { setEntryMood } from './journal/mood';
import { err, ok, type Result } from '../../shared/result';
import { HEADLESS_PLATFORM, type Platform } from './platform';
import type { Session } from './session';
import { checkinsHandlers } from './checkins/handlers';
import { conflictsHandlers } from './conflicts/handlers';

import { backupsHandlers } from './backups/handlers';
import type { HandlerContext, Implementations } from './handlerTypes';
import { plansHandlers } from './plans/handlers';
import { sessionsHandlers } from './sessions/handlers';
import { templatesHandlers } from './journal/templateHandlers';

import { skillsHandlers } from './skills/handlers';
import { thoughtsHandlers } from './thoughts/handlers';
import {
  checkIn,
  deleteCheckIn,
  deleteGoal,
  listGoals,
  saveGoal,
  setStatus,
} from './goals/goalService';
import { readSettings, saveSettings } from './settings';
import { parseInput } from './validate';
import { VaultError } from './vault/errors';
import { readDisplayPrefs, writeDisplayPrefs } from './vault/prefs';

function implementations(session: Session, platform: Platform): Implementations<Channel> {
  const now = (): Date => session.options.now?.() ?? new Date();
  const ctx: HandlerContext = { session, platform, now };
  return {
    ...thoughtsHandlers(ctx),
    ...plansHandlers(ctx),
    ...checkinsHandlers(ctx),
    ...sessionsHandlers(ctx),
    ...conflictsHandlers(ctx),

    ...backupsHandlers(ctx),

    ...templatesHandlers(ctx),

    ...skillsHandlers(ctx),
    'vault:status': () => session.status(),
    'vault:create': ({ passphrase }) => session.create(passphrase),
    'vault:unlock': ({ passphrase, takeOverOtherHost }) =>
      session.unlock(passphrase, { takeOverOtherHost: takeOverOtherHost === true }),
    'vault:unlockWithRecoveryKey': ({ recoveryKey, takeOverOtherHost }) =>
      session.unlockWithRecoveryKey(recoveryKey, { takeOverOtherHost: takeOverOtherHost === true }),
    'vault:resetPassphrase': async ({ newPassphrase }) => {
      await session.requireVault().resetPassphrase(newPassphrase);
      return null;
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await session.requireVault().changePassphrase(current, next);
      return null;
    },
    'vault:lock': async () => {
      await session.lock();
      // Text copied from the journal doesn't outlive the unlock (unless clearing is off).
      await platform.clipboard?.clearIfOurs();
      return null;
    },
    'vault:regenerateRecoveryKey': async ({ passphrase }) => ({
      recoveryKey: await session.requireVault().regenerateRecoveryKey(passphrase),
    }),
    'app:info': () =>
      Promise.resolve({
        dataDir: session.dataDir,
        version: platform.version,
        canRevealDataFolder: platform.revealFolder !== undefined,
      }),
    'app:revealDataFolder': async () => {
      if (!platform.revealFolder)
        throw new VaultError('invalid_input', 'There is no file manager to show the folder in.');
      await platform.revealFolder(session.dataDir);
      return null;
    },
    'app:openExternal': async ({ url }) => {
      if (!platform.openExternal)
        throw new VaultError('invalid_input', 'Links cannot be opened here.');
      await platform.openExternal(url);
      return null;
    },
    'prefs:get': () => readDisplayPrefs(session.dataDir),
    'prefs:set': async (patch) => {
      const prefs = { ...(await readDisplayPrefs(session.dataDir)), ...patch };
      await writeDisplayPrefs(session.dataDir, prefs);
      return prefs;
    },
    'settings:get': () => Promise.resolve(readSettings(session.requireVault())),
    'settings:set': async (patch) => {
      return saveSettings(session.requireVault(), patch);
    },
    'clipboard:copied': ({ text }) => {
      platform.clipboard?.copied(text, readSettings(session.requireVault()).clipboardClearSeconds);
      return Promise.resolve(null);
    },
    'journal:list': async ({ trash }) => {
      // The trash waits for the older months (and the purge of expired ones after them).
      if (trash === true) await session.whenLoaded();
      return session
        .journal()
        .summarize(
          session.listEntries().filter((e) => (trash === true) === (e.deletedAt !== null)),
        );
    },
    'journal:get': ({ id }) => session.findEntry(id),
    'journal:loadState': () => {
      // Asking is also a nudge: a load a disk error stopped is tried again.
      void session.whenLoaded().catch(() => undefined);
      return Promise.resolve(session.requireVault().loadProgress());
    },
    'journal:create': async ({ date, title, content }) => {
      const entry = await session.requireVault().createEntry(date, {
        ...(title !== undefined ? { title } : {}),
        ...(content !== undefined ? { content } : {}),
      });
      session.emitChange(entry);
      return entry;
    },
    'journal:save': (patch) =>
      session.saveEntry(patch.tags ? { ...patch, tags: normalizeTags(patch.tags) } : patch),
    'journal:delete': async ({ id }) => {
      await session.setDeleted(id, true);
      return null;
    },
    'journal:restore': ({ id }) => session.setDeleted(id, false),
    'journal:purge': async ({ ids }) => {
      const notTrashed = ids.filter((id) => session.getEntry(id).deletedAt === null);
      if (notTrashed.length > 0) {
        throw new VaultError('invalid_input', 'Only entries in the trash can be deleted for good.');
      }
      await session.deleteForever(ids);
      return null;
    },
    'journal:tags': () => Promise.resolve(tagCounts(session.listEntries())),
    'journal:renameTag': async ({ from, to }) => {
      const patches = renameTagPatches(session.listEntries(), from, to);
      const changed = await session.requireVault().updateEntries(patches);
      for (const entry of changed) session.emitChange(entry);
      return { changed: changed.length };
    },
    'journal:setMood': ({ entryId, mood, emotions }) =>
      setEntryMood(session, entryId, mood, emotions ?? []),
    'goals:list': () => Promise.resolve(listGoals(session)),
    'goals:save': (input) => saveGoal(session, input, now()),
    'goals:delete': async ({ id }) => {
      await deleteGoal(session, id);
      return null;
    },
    'goals:checkIn': (input) => checkIn(session, input, now()),
    'goals:deleteCheckIn': ({ goalId, checkinId }) =>
      deleteCheckIn(session, goalId, checkinId, now()),
    'goals:setStatus': ({ goalId, status, note }) =>
      setStatus(session, goalId, status, note, now()),
    'search:query': async ({ q, limit }) => {
      const search = session.journal().search;
      await search.ready;
      return search.search(q, limit);
    },
  };
}

function toResult<T>(error: unknown): Result<T> {
  if (error instanceof VaultError) return err(error.code, error.message);
  // Never the message or stack of an unknown error: it could quote user data.
  console.error(
    `waypoint: unexpected ${error instanceof Error ? error.name : typeof error} in a handler`,
  );
  return err('internal', 'Something went wrong. Your writing is safe; please try again.');
}

/**
 * The handler table behind every IPC channel: untrusted input in, a result value out, never
 * a throw. Each handler parses its input with the contract's schema first, every channel
 * but the pre-unlock ones answers "locked" while the vault is locked, and every channel but
 * the first screens' waits until the older months are read after unlock.
 */
export function createHandlers(session: Session, platform: Platform = HEADLESS_PLATFORM): Handlers {
  const impl = implementations(session, platform);
  const table: Partial<Record<Channel, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of Object.keys(contract) as Channel[]) {
    const run = impl[channel] as (input: unknown) => Promise<unknown>;
    const schema = contract[channel].input;
    table[channel] = async (input: unknown) => {
      try {
        const parsed: unknown = parseInput(schema, input);
        if (!PRE_UNLOCK_CHANNELS.includes(channel)) {
          session.requireVault();
          if (!ANSWERED_WHILE_LOADING.includes(channel)) await session.whenLoaded();
        }
        return ok(await run(parsed));
      } catch (error) {
        return toResult(error);
      }
    };
  }
  return table as Handlers;
}
