import type { CONFLICTS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import { listConflicts, resolveConflict } from './conflictService';

/** Conflicts with another writer (see shared/contracts/conflicts.ts). */
export function conflictsHandlers({
  session,
}: HandlerContext): Implementations<(typeof CONFLICTS_CHANNELS)[number]> {
  return {
    'conflicts:list': () => Promise.resolve(listConflicts(session)),
    'conflicts:resolve': ({ id, choice }) => resolveConflict(session, id, choice),
  };
}
