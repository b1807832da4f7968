import { useSyncExternalStore } from 'react';
import type { EntrySaver, SaveState } from './saving/entrySaver';
import { journalStrings as s } from './strings';

const TEXT: Record<SaveState, string> = {
  saved: s.saved,
  pending: s.saving,
  saving: s.saving,
  retrying: s.retrying,
  refused: s.refused,
};

/** "Saving…" / "Saved" / "Couldn't save — retrying" / "… too long", announced politely. */
export function SaveStatus({ saver }: { saver: EntrySaver }) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const problem = state === 'retrying' || state === 'refused';
  return (
    <p className="save-status" data-state={state} role="status">
      <span className="save-status__icon" aria-hidden="true">
        {problem ? '!' : state === 'saved' ? '✓' : '…'}
      </span>
      <span>{TEXT[state]}</span>
      {state === 'retrying' && <span className="visually-hidden"> {s.retryingHint}</span>}
    </p>
  );
}

/** Main refused the entry (too large): say why, right above the text, until a save works. */
export function SaveRefusal({ saver }: { saver: EntrySaver }) {
  const refusal = useSyncExternalStore(saver.subscribe, saver.getRefusal);
  if (refusal === null) return null;
  return (
    <div className="save-refusal" role="alert">
      <p>{refusal}</p>
      <p>{s.refusedHint}</p>
    </div>
  );
}
