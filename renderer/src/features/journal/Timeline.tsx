import { useState } from 'react';
import type { EntrySummary } from '../../../../shared/journal';
import { formatLongDate } from './dates';
import { DayEntries } from './DayEntries';
import { daysOnPages, groupByDay } from './timeline';
import { viewStrings as v } from './viewStrings';

/**
 * Entries by day, newest first, pinned ones first in their day; older days on request, a
 * page at a time (timeline.ts), so a 20,000-entry journal opens as fast as a new one.
 */
export function Timeline({
  entries,
  onOpen,
}: {
  entries: EntrySummary[];
  onOpen: (id: string) => void;
}) {
  const [pages, setPages] = useState(1);
  const days = groupByDay(entries);
  const shown = days.slice(0, daysOnPages(days, pages));
  return (
    <div className="entry-list">
      {shown.map((group) => {
        const day = formatLongDate(group.date);
        return (
          <section key={group.date} className="entry-list__month">
            <h2 className="entry-list__heading">{day}</h2>
            <DayEntries day={day} entries={group.entries} onOpen={onOpen} />
          </section>
        );
      })}
      {shown.length < days.length && (
        <div className="entry-list__more">
          <p className="muted">{v.shownCount(shown.length, days.length)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPages(pages + 1);
            }}
          >
            {v.showOlder}
          </button>
        </div>
      )}
    </div>
  );
}
