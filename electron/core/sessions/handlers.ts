/* eslint-disable @typescript-eslint/no-generated-empty-object-type -- empty until the feature adds its channels */
import type { SESSIONS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';

/** The sessions channels (see shared/contracts/sessions.ts). */
export function sessionsHandlers(
  _ctx: HandlerContext,
): Implementations<(typeof SESSIONS_CHANNELS)[number]> {
  return {};
}
