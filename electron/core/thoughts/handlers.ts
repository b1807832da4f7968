/* eslint-disable @typescript-eslint/no-generated-empty-object-type -- empty until the feature adds its channels */
import type { THOUGHTS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';

/** The thoughts channels (see shared/contracts/thoughts.ts). */
export function thoughtsHandlers(
  _ctx: HandlerContext,
): Implementations<(typeof THOUGHTS_CHANNELS)[number]> {
  return {};
}
