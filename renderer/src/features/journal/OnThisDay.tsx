import type { EntrySummary } from '../../../../shared/journal';
import { useLiveSettings } from '../settings/queries';
import { todayLocal } from './dates';
import { EntryListItem } from './EntryListItem';
import { viewStrings as v } from './viewStrings';

/** Entries written on today's date in earlier years, newest first. */
export function onThisDay(entries: EntrySummary[], today: string): EntrySummary[] {
  const monthDay = today.slice(4);
  return entries.filter((e) => e.date.slice(4) === monthDay && e.date < today);
}

/**
 * "On this day": only when the person turned it on in Settings (off by default, since
 * old writing can hurt), and only when there is something to show.
 */
export function OnThisDay({
  entries,
  onOpen,
}: {
  entries: EntrySummary[];
  onOpen: (id: string) => void;
}) {
  const settings = useLiveSettings();
  if (settings.data?.onThisDay !== true) return null;
  const earlier = onThisDay(entries, todayLocal());
  if (earlier.length === 0) return null;
  return (
    <section className="on-this-day" aria-labelledby="on-this-day-heading">
      <h2 id="on-this-day-heading" className="entry-list__heading">
        {v.onThisDay}
      </h2>
      <ul className="entry-list__items" aria-label={v.onThisDayList}>
        {earlier.map((entry) => (
          <EntryListItem
            key={entry.id}
            entry={entry}
            onOpen={() => {
              onOpen(entry.id);
            }}
          />
        ))}
      </ul>
    </section>
  );
}
