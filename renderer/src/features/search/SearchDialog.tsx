import './search.css';
import { useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/search';
import { useListboxNavigation } from '../../components/useListboxNavigation';
import { useModalDialog } from '../../components/useModalDialog';
import { formatShortDate } from '../journal/dates';
import { entryDisplayTitle } from '../journal/entryTitle';
import { Highlighted } from './Highlighted';
import { searchStrings as s } from './strings';
import { useSearch } from './useSearch';

interface Props {
  open: boolean;
  onClose: () => void;
  /** `query` lets the entry open at the match. */
  onOpenEntry: (entryId: string, query: string) => void;
}

/**
 * Search across titles, text, tags and linked items' titles: a combobox over a listbox in a modal dialog, results
 * as you type. Focus stays in the field; arrows move the highlighted result.
 */
export function SearchDialog({ open, onClose, onOpenEntry }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const ref = useModalDialog(open, inputRef);
  const [query, setQuery] = useState('');
  const search = useSearch(open ? query : '');
  const hits: SearchHit[] = query.trim() && search.data ? search.data : [];
  const listbox = useListboxNavigation({
    items: hits,
    open,
    onChoose: (hit) => {
      choose(hit);
    },
  });

  const close = () => {
    setQuery('');
    listbox.reset();
    onClose();
  };

  const choose = (hit: SearchHit) => {
    setQuery('');
    listbox.reset();
    onOpenEntry(hit.entryId, query);
  };

  let status: string = s.prompt;
  if (query.trim()) {
    if (search.isError) status = s.failed;
    else if (search.isPending) status = s.searching;
    else status = hits.length === 0 ? s.noMatch : s.count(hits.length);
  }

  return (
    <dialog
      ref={ref}
      className="dialog palette search"
      aria-label={s.title}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClick={(event) => {
        if (event.target === ref.current) close();
      }}
    >
      {open && (
        <div className="palette__body">
          <label className="visually-hidden" htmlFor={listbox.inputId}>
            {s.inputLabel}
          </label>
          <input
            ref={inputRef}
            className="palette__input"
            type="text"
            {...listbox.inputProps}
            aria-expanded={hits.length > 0}
            placeholder={s.placeholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              listbox.reset();
            }}
          />
          <ul id={listbox.listId} role="listbox" aria-label={s.listLabel} className="palette__list">
            {hits.map((hit, index) => (
              <li
                key={hit.entryId}
                {...listbox.optionProps(index)}
                className="palette__option search-hit"
                onClick={() => {
                  choose(hit);
                }}
              >
                <span className="search-hit__head">
                  <span className="search-hit__title">{entryDisplayTitle(hit)}</span>
                  <time dateTime={hit.date} className="search-hit__date">
                    {formatShortDate(hit.date)}
                  </time>
                </span>
                <span className="search-hit__snippet">
                  <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  <span className="visually-hidden"> ({s.inField[hit.field]})</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="palette__empty" role="status">
            {status}
          </p>
          <p className="palette__hint" aria-hidden="true">
            {s.hint}
          </p>
        </div>
      )}
    </dialog>
  );
}
