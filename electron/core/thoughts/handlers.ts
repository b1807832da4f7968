import type { THOUGHTS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import {
  deleteThoughtRecord,
  listThoughtRecords,
  putThoughtRecord,
  saveThoughtRecord,
} from './thoughtService';
import { deleteCustomTrap, listCustomTraps, saveCustomTrap } from './trapService';

/** The thoughts channels (see shared/contracts/thoughts.ts). */
export function thoughtsHandlers({
  session,
  now,
}: HandlerContext): Implementations<(typeof THOUGHTS_CHANNELS)[number]> {
  return {
    'thoughts:list': () => Promise.resolve(listThoughtRecords(session)),
    'thoughts:save': (input) => saveThoughtRecord(session, input, now()),
    'thoughts:delete': async ({ id }) => {
      await deleteThoughtRecord(session, id);
      return null;
    },
    'thoughts:traps': () => Promise.resolve(listCustomTraps(session)),
    'thoughts:saveTrap': (input) => saveCustomTrap(session, input, now()),
    'thoughts:deleteTrap': async ({ id }) => {
      await deleteCustomTrap(
        session,
        id,
        listThoughtRecords(session),
        (record) => putThoughtRecord(session, record),
        now(),
      );
      return null;
    },
  };
}
