import type { EntrySummary } from '../../../../shared/journal';
import { formatShortDate } from './dates';
import { entryDisplayTitle } from './entryTitle';
import { journalStrings as s } from './strings';
import { viewStrings as v } from './viewStrings';

/** One entry in the timeline: a single button whose name holds its date, words, title and text. */
export function EntryListItem({ entry, onOpen }: { entry: EntrySummary; onOpen: () => void }) {
  const title = entryDisplayTitle(entry);
  return (
    <li>
      <button type="button" className="entry-card" onClick={onOpen}>
        <span className="entry-card__meta">
          {entry.pinned && (
            <span className="entry-card__badge">
              <span aria-hidden="true">★ </span>
              {v.pinnedMark}
              <span aria-hidden="true"> · </span>
            </span>
          )}
          <time dateTime={entry.date}>{formatShortDate(entry.date)}</time>
          <span aria-hidden="true"> · </span>
          <span>{s.words(entry.words)}</span>
          {entry.mood !== null && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="entry-card__mood" data-mood={entry.mood}>
                {v.mood(entry.mood)}
              </span>
            </>
          )}
        </span>
        <span
          className={entry.title.trim() ? 'entry-card__title' : 'entry-card__title is-untitled'}
        >
          {title}
        </span>
        <span className="entry-card__preview">{entry.preview || s.noText}</span>
        {(entry.tags.length > 0 || entry.links.length > 0 || entry.shareWithTherapist) && (
          <span className="entry-card__extras">
            {entry.tags.length > 0 && (
              <span className="entry-card__tags">
                <span className="visually-hidden">{v.tagsMark(entry.tags)}</span>
                {entry.tags.map((tag) => (
                  <span key={tag} className="tag-pill" aria-hidden="true">
                    #{tag}
                  </span>
                ))}
              </span>
            )}
            {entry.links.length > 0 && <span>{v.linksMark(entry.links.length)}</span>}
            {entry.shareWithTherapist && <span>{v.sharedMark}</span>}
          </span>
        )}
      </button>
    </li>
  );
}
