import { useJournalLoadState } from './queries';
import { viewStrings as v } from './viewStrings';

/**
 * Right after unlock a long journal shows its newest months first while main reads the older
 * ones; this says so, and goes once everything is in (the lists then refresh on their own).
 */
export function OlderEntriesLoading() {
  const state = useJournalLoadState();
  if (state.data?.complete !== false) return null;
  return (
    <p className="muted older-loading" role="status">
      <span className="older-loading__dot" aria-hidden="true" />
      {state.data.problem === null
        ? v.olderLoading(state.data.loaded, state.data.total)
        : v.olderProblem(state.data.problem)}
    </p>
  );
}
