import { useState } from 'react';
import { messageOf } from '../../api/client';
import { EntryView, type EntryStart } from './EntryView';
import { useEntry } from './queries';
import { useSavers } from './saving/SaversContext';
import { journalStrings as s } from './strings';

/**
 * Opens one entry. If words from an earlier visit are still on their way to main, start
 * from those (the cache doesn't have them yet); otherwise from the stored entry.
 */
export function EntryScreen({
  id,
  onClose,
  focusEditor = false,
  find,
}: {
  id: string;
  onClose: () => void;
  /** Search words to select the first match of on arrival. */
  find?: string | undefined;
  /** Put the caret in the text on arrival (opened from "New entry", Home or search). */
  focusEditor?: boolean;
}) {
  const savers = useSavers();
  const [draft] = useState(() => savers.get(id).unsavedDraft);
  const entry = useEntry(id, draft === null);

  let start: EntryStart | null = null;
  if (draft)
    start = {
      title: draft.title,
      date: draft.date ?? '',
      content: draft.content,
      links: draft.links ?? [],
    };
  else if (entry.isSuccess)
    start = {
      title: entry.data.title,
      date: entry.data.date,
      content: entry.data.content,
      links: entry.data.links,
    };

  if (start)
    return (
      <EntryView id={id} start={start} onClose={onClose} focusEditor={focusEditor} find={find} />
    );

  return (
    <div className="page">
      <button type="button" className="button button--quiet back-button" onClick={onClose}>
        <span aria-hidden="true">← </span>
        {s.back}
      </button>
      {entry.isError ? (
        <>
          <h1>{s.entryLoadFailed}</h1>
          <p role="alert">{messageOf(entry.error)}</p>
        </>
      ) : (
        <h1 className="muted">{s.entryLoading}</h1>
      )}
    </div>
  );
}
