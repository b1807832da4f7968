import type { Channel } from '../../shared/channels';
import type { InputOf, OutputOf } from '../../shared/contract';
import type { Platform } from './platform';
import type { Session } from './session';

/** What every domain's handlers get: the session, the OS boundary and the clock. */
export interface HandlerContext {
  session: Session;
  platform: Platform;
  now: () => Date;
}

/** Typed implementations for a set of channels: parsed input in, output out (may throw VaultError). */
export type Implementations<C extends Channel> = {
  [K in C]: (input: InputOf<K>) => Promise<OutputOf<K>>;
};
