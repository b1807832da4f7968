import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EntryList } from './EntryList';
import { useCreateEntry, useEntryList } from './queries';
import { journalStrings as s } from './strings';

/** The list of entries and "New entry". */
export function JournalHome({ onOpen }: { onOpen: (id: string) => void }) {
  const list = useEntryList();
  const create = useCreateEntry();

  return (
    <div className="page">
      <div className="page__header">
        <h1>{s.title}</h1>
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
      <ErrorMessage message={create.isError ? messageOf(create.error) : null} />

      {list.isPending && <p className="muted">{s.loading}</p>}
      {list.isError && (
        <div className="callout">
          <p role="alert">
            {s.loadFailed} {messageOf(list.error)}
          </p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            {s.tryAgain}
          </button>
        </div>
      )}
      {list.isSuccess && list.data.length === 0 && (
        <div className="empty-state">
          <h2>{s.emptyTitle}</h2>
          <p>{s.emptyBody}</p>
        </div>
      )}
      {list.isSuccess && list.data.length > 0 && <EntryList entries={list.data} onOpen={onOpen} />}
    </div>
  );
}
