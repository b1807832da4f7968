import { useSyncExternalStore } from 'react';
import type { EntrySaver } from './saving/entrySaver';
import { journalStrings as s } from './strings';

/** "Saving…" / "Saved" / "Couldn't save — retrying", announced politely. */
export function SaveStatus({ saver }: { saver: EntrySaver }) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const retrying = state === 'retrying';
  const text = retrying ? s.retrying : state === 'saved' ? s.saved : s.saving;
  return (
    <p className="save-status" data-state={state} role="status">
      <span className="save-status__icon" aria-hidden="true">
        {retrying ? '!' : state === 'saved' ? '✓' : '…'}
      </span>
      <span>{text}</span>
      {retrying && <span className="visually-hidden"> {s.retryingHint}</span>}
    </p>
  );
}
