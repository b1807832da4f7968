/* eslint-disable @typescript-eslint/no-generated-empty-object-type -- empty until the feature adds its channels */
import type { CHECKINS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';

/** The checkins channels (see shared/contracts/checkins.ts). */
export function checkinsHandlers(
  _ctx: HandlerContext,
): Implementations<(typeof CHECKINS_CHANNELS)[number]> {
  return {};
}
