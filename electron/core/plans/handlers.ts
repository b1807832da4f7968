import type { PLANS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import {
  deleteOccurrence,
  deletePlan,
  listPlans,
  logOccurrence,
  reorderPlans,
  savePlan,
} from './planService';

/** The obstacle-plan channels (see shared/contracts/plans.ts). */
export function plansHandlers({
  session,
  now,
}: HandlerContext): Implementations<(typeof PLANS_CHANNELS)[number]> {
  return {
    'plans:list': () => Promise.resolve(listPlans(session)),
    'plans:save': (input) => savePlan(session, input, now()),
    'plans:delete': async ({ id }) => {
      await deletePlan(session, id);
      return null;
    },
    'plans:logOccurrence': (input) => logOccurrence(session, input, now()),
    'plans:deleteOccurrence': ({ obstacleId, occurrenceId }) =>
      deleteOccurrence(session, obstacleId, occurrenceId, now()),
    'plans:reorder': ({ ids }) => reorderPlans(session, ids, now()),
  };
}
