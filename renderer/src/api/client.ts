import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import type { AppError, ErrorCode } from '../../../shared/result';
import { apiStrings } from './strings';

/** An error from the Node side. `message` is already written for people, so show it as is. */
export class WaypointError extends Error {
  readonly code: ErrorCode;

  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'WaypointError';
    this.code = appError.code;
  }
}

/** The one way the renderer talks to main: unwraps the Result or throws a WaypointError. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const api = window.waypoint;
  if (!api) throw new WaypointError({ code: 'internal', message: apiStrings.noBridge });
  const invoke = api[channel];
  let result;
  try {
    result = await invoke(input);
  } catch {
    throw new WaypointError({ code: 'internal', message: apiStrings.callFailed });
  }
  if (!result.ok) throw new WaypointError(result.error);
  return result.value;
}

/** A presentable message for anything thrown by `call` (or by code around it). */
export function messageOf(error: unknown): string {
  return error instanceof WaypointError ? error.message : apiStrings.callFailed;
}
