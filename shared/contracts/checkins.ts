import type { CHECKINS_CHANNELS } from '../channels';
import type { ChannelSpec } from './channel';
import type { z } from '../zod';

/** The checkins channels' schemas; add one entry per name in CHECKINS_CHANNELS. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the feature adds its channels
export const checkinsContract = {} as const satisfies Record<
  (typeof CHECKINS_CHANNELS)[number],
  ChannelSpec<z.ZodType, unknown>
>;
