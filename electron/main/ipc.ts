/**
 * Registers the core handler table with ipcMain. Imports nothing from 'electron' at run
 * time: the e2e harness runs this same code in plain Node with a stub ipcMain, so the
 * sender check is exercised for real there too.
 */
import { CHANNELS, type Channel } from '../../shared/channels';
import type { Handlers } from '../../shared/contract';
import { err, type Result } from '../../shared/result';
import { originOf } from './origin';

type AnyHandler = (input: unknown) => Promise<Result<unknown>>;

/** The part of Electron's IpcMainInvokeEvent we rely on. */
export interface InvokeEventLike {
  senderFrame?: { url: string; parent?: unknown } | null;
}

export interface IpcMainLike {
  handle(
    channel: Channel,
    listener: (event: InvokeEventLike, input: unknown) => Promise<Result<unknown>>,
  ): void;
}

export const UNTRUSTED_SENDER_MESSAGE = 'This request did not come from Waypoint.';
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong. Your writing is safe; please try again.';

/** Only the app's own pages may call in; an unknown or destroyed frame never may. */
export function isTrustedSender(frameUrl: string | undefined, allowedOrigin: string): boolean {
  const origin = originOf(frameUrl);
  return origin !== null && origin === allowedOrigin;
}

function senderUrl(event: InvokeEventLike): string | undefined {
  try {
    const frame = event.senderFrame;
    // Subframes never get the API: the CSP forbids frames, so one calling in is hostile.
    if (
      frame === null ||
      frame === undefined ||
      (frame.parent !== null && frame.parent !== undefined)
    ) {
      return undefined;
    }
    return frame.url;
  } catch {
    // Electron throws when reading a frame that has been destroyed.
    return undefined;
  }
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  allowedOrigin: string,
): void {
  for (const channel of CHANNELS) {
    // The type says the table is complete; a missing entry at run time should fail loudly at
    // start rather than as a confusing error on first use.
    const handler = (handlers as Partial<Record<Channel, AnyHandler>>)[channel];
    if (handler === undefined) throw new Error(`No handler for IPC channel ${channel}.`);
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(senderUrl(event), allowedOrigin)) {
        return err('invalid_input', UNTRUSTED_SENDER_MESSAGE);
      }
      try {
        return await handler(input);
      } catch (error) {
        // Name the channel and the error type only: messages may quote what the user wrote.
        const kind = error instanceof Error ? error.name : typeof error;
        console.error(`IPC handler for ${channel} threw (${kind}).`);
        return err('internal', INTERNAL_ERROR_MESSAGE);
      }
    });
  }
}
