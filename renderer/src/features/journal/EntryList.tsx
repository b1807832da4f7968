import type { EntrySummary } from '../../../../shared/journal';
import { formatMonth } from './dates';
import { EntryListItem } from './EntryListItem';
import { journalStrings as s } from './strings';

function groupByMonth(entries: EntrySummary[]): { month: string; entries: EntrySummary[] }[] {
  const groups: { month: string; entries: EntrySummary[] }[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}

/** Entries newest first, grouped under a heading per month. */
export function EntryList({
  entries,
  onOpen,
}: {
  entries: EntrySummary[];
  onOpen: (id: string) => void;
}) {
  return (
    <div className="entry-list">
      {groupByMonth(entries).map((group) => {
        const month = formatMonth(`${group.month}-01`);
        return (
          <section key={group.month} className="entry-list__month">
            <h2 className="entry-list__heading">{month}</h2>
            <ul className="entry-list__items" aria-label={s.listLabel(month)}>
              {group.entries.map((entry) => (
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
      })}
    </div>
  );
}
