import { useState } from 'react';
import type { EntrySummary } from '../../../../shared/journal';
import { EntryListItem } from './EntryListItem';
import { ENTRIES_PER_DAY } from './timeline';
import { viewStrings as v } from './viewStrings';

/**
 * One day of the timeline. A day with hundreds of entries shows them a batch at a time, so a
 * single busy day can't make the timeline slow.
 */
export function DayEntries({
  day,
  entries,
  onOpen,
}: {
  /** The day as people read it, for the list's name. */
  day: string;
  entries: EntrySummary[];
  onOpen: (id: string) => void;
}) {
  const [limit, setLimit] = useState(ENTRIES_PER_DAY);
  const shown = entries.slice(0, limit);
  const rest = entries.length - shown.length;
  return (
    <>
      <ul className="entry-list__items" aria-label={v.dayList(day)}>
        {shown.map((entry) => (
          <EntryListItem
            key={entry.id}
            entry={entry}
            onOpen={() => {
              onOpen(entry.id);
            }}
          />
        ))}
      </ul>
      {rest > 0 && (
        <div className="entry-list__more">
          <p className="muted">{v.shownInDay(shown.length, entries.length)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setLimit(limit + ENTRIES_PER_DAY);
            }}
          >
            {v.showMoreInDay(Math.min(rest, ENTRIES_PER_DAY))}
            <span className="visually-hidden"> ({day})</span>
          </button>
        </div>
      )}
    </>
  );
}
