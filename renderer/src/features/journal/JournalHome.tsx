import { useState } from 'react';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useGoals } from '../goals/queries';
import { CalendarView } from './CalendarView';
import { formatLongDate } from './dates';
import { FilterBar } from './FilterBar';
import { OlderEntriesLoading } from './OlderEntriesLoading';
import { OnThisDay } from './OnThisDay';
import { useTags } from './metaQueries';
import { PromptDialog } from './PromptDialog';
import { useCreateEntry, useEntryList, useJournalLoadState } from './queries';
import { journalStrings as s } from './strings';
import { filterEntries, isFiltered, type EntryFilter } from './timeline';
import { Timeline } from './Timeline';
import { TrashView } from './TrashView';
import { viewStrings as v } from './viewStrings';

export type JournalView = 'timeline' | 'calendar' | 'trash';

/** Where the journal page was left, kept while an entry is open so "Back" returns there. */
export interface JournalPageState {
  view: JournalView;
  filter: EntryFilter;
}

const VIEWS: JournalView[] = ['timeline', 'calendar', 'trash'];

/** The journal's own page: "New entry", and the timeline, calendar and trash views. */
export function JournalHome({
  state,
  onState,
  onOpen,
}: {
  state: JournalPageState;
  onState: (state: JournalPageState) => void;
  onOpen: (id: string) => void;
}) {
  const list = useEntryList();
  const loadState = useJournalLoadState();
  const create = useCreateEntry();
  const tags = useTags();
  const goals = useGoals();
  const [prompting, setPrompting] = useState(false);
  const { view, filter } = state;
  const linkedGoals = (goals.data ?? []).filter((g) =>
    list.data?.some((e) => e.links.some((l) => l.kind === 'goal' && l.id === g.id)),
  );
  const shown = list.data ? filterEntries(list.data, filter) : [];
  const oneDay = filter.from !== undefined && filter.from === filter.to ? filter.from : undefined;

  return (
    <div className="page">
      <div className="page__header">
        <h1>{s.title}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setPrompting(true);
            }}
          >
            {v.fromPrompt}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={create.isPending}
            onClick={() => {
              create.mutate(undefined, {
                onSuccess: (entry) => {
                  onOpen(entry.id);
                },
              });
            }}
          >
            {create.isPending ? s.creating : s.newEntry}
          </button>
        </div>
      </div>
      <ErrorMessage message={create.isError ? messageOf(create.error) : null} />

      <div className="view-switch" role="group" aria-label={v.views}>
        {VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            className="view-switch__button"
            aria-pressed={view === name}
            onClick={() => {
              onState({ ...state, view: name });
            }}
          >
            {v[name]}
          </button>
        ))}
      </div>

      {view === 'trash' && <TrashView />}
      {view !== 'trash' && list.isSuccess && <OlderEntriesLoading />}

      {view !== 'trash' && list.isPending && <p className="muted">{s.loading}</p>}
      {view !== 'trash' && list.isError && (
        <div className="callout">
          <p role="alert">
            {s.loadFailed} {messageOf(list.error)}
          </p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            {s.tryAgain}
          </button>
        </div>
      )}
      {view !== 'trash' &&
        list.isSuccess &&
        list.data.length === 0 &&
        loadState.data?.complete !== false && (
          <div className="empty-state">
            <h2>{s.emptyTitle}</h2>
            <p>{s.emptyBody}</p>
          </div>
        )}
      {view === 'calendar' && list.isSuccess && list.data.length > 0 && (
        <CalendarView
          entries={list.data}
          initialDay={oneDay}
          onPickDay={(day) => {
            onState({ view: 'timeline', filter: { from: day, to: day } });
          }}
        />
      )}
      {view === 'timeline' && list.isSuccess && list.data.length > 0 && (
        <>
          {!isFiltered(filter) && <OnThisDay entries={list.data} onOpen={onOpen} />}
          <FilterBar
            filter={filter}
            onChange={(next) => {
              onState({ ...state, filter: next });
            }}
            tags={tags.data ?? []}
            goals={linkedGoals}
          />
          <p className="muted filter-count" role="status">
            {oneDay
              ? v.dayFilter(formatLongDate(oneDay))
              : isFiltered(filter)
                ? v.matchCount(shown.length)
                : ''}
          </p>
          {shown.length === 0 ? (
            <p>{v.noMatch}</p>
          ) : (
            <Timeline key={JSON.stringify(filter)} entries={shown} onOpen={onOpen} />
          )}
        </>
      )}
      <PromptDialog
        open={prompting}
        onClose={() => {
          setPrompting(false);
        }}
        onCreated={(id) => {
          setPrompting(false);
          onOpen(id);
        }}
      />
    </div>
  );
}
