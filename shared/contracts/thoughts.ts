import type { THOUGHTS_CHANNELS } from '../channels';
import type { ChannelSpec } from './channel';
import type { z } from '../zod';

/** The thoughts channels' schemas; add one entry per name in THOUGHTS_CHANNELS. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the feature adds its channels
export const thoughtsContract = {} as const satisfies Record<
  (typeof THOUGHTS_CHANNELS)[number],
  ChannelSpec<z.ZodType, unknown>
>;
