import type { z } from '../zod';

/** One channel of the IPC contract: a zod schema for its input and (type-level) its output. */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-level only: the value is never read. */
  output: O;
}

export function channel<I extends z.ZodType, O>(input: I): ChannelSpec<I, O> {
  return { input, output: undefined as unknown as O };
}
