import type { SESSIONS_CHANNELS } from '../channels';
import type { ChannelSpec } from './channel';
import type { z } from '../zod';

/** The sessions channels' schemas; add one entry per name in SESSIONS_CHANNELS. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the feature adds its channels
export const sessionsContract = {} as const satisfies Record<
  (typeof SESSIONS_CHANNELS)[number],
  ChannelSpec<z.ZodType, unknown>
>;
