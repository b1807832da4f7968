import type { EntrySummary } from '../../../../shared/journal';
import { formatShortDate } from './dates';
import { journalStrings as s } from './strings';

export function EntryListItem({ entry, onOpen }: { entry: EntrySummary; onOpen: () => void }) {
  const title = entry.title.trim() || s.untitled;
  return (
    <li>
      <button type="button" className="entry-card" onClick={onOpen}>
        <span className="entry-card__meta">
          <time dateTime={entry.date}>{formatShortDate(entry.date)}</time>
          <span aria-hidden="true"> · </span>
          <span>{s.words(entry.words)}</span>
        </span>
        <span
          className={entry.title.trim() ? 'entry-card__title' : 'entry-card__title is-untitled'}
        >
          {title}
        </span>
        <span className="entry-card__preview">{entry.preview || s.noText}</span>
      </button>
    </li>
  );
}
