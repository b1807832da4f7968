import type { PLANS_CHANNELS } from '../channels';
import type { ChannelSpec } from './channel';
import type { z } from '../zod';

/** The plans channels' schemas; add one entry per name in PLANS_CHANNELS. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the feature adds its channels
export const plansContract = {} as const satisfies Record<
  (typeof PLANS_CHANNELS)[number],
  ChannelSpec<z.ZodType, unknown>
>;
