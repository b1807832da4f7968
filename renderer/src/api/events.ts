import type { AppEvent } from '../../../shared/channels';

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function onAppEvent(event: AppEvent, listener: () => void): () => void {
  const events = window.waypointEvents;
  if (!events) return () => undefined;
  return events.on(event, listener);
}
