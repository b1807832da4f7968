/* eslint-disable @typescript-eslint/no-generated-empty-object-type -- empty until the feature adds its channels */
import type { PLANS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';

/** The plans channels (see shared/contracts/plans.ts). */
export function plansHandlers(
  _ctx: HandlerContext,
): Implementations<(typeof PLANS_CHANNELS)[number]> {
  return {};
}
