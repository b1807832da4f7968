import './search.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../../shared/search';
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
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const search = useSearch(open ? query : '');
  const hits: SearchHit[] = query.trim() && search.data ? search.data : [];
  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0));
  const activeHit = hits[activeIndex];

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    document.getElementById(`${baseId}-option-${activeIndex}`)?.scrollIntoView({
      block: 'nearest',
    });
  }, [open, activeIndex, baseId]);

  const close = () => {
    setQuery('');
    setActive(0);
    onClose();
  };

  const choose = (hit: SearchHit) => {
    setQuery('');
    setActive(0);
    onOpenEntry(hit.entryId, query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeHit) choose(activeHit);
    }
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
          <label className="visually-hidden" htmlFor={`${baseId}-input`}>
            {s.inputLabel}
          </label>
          <input
            ref={inputRef}
            id={`${baseId}-input`}
            className="palette__input"
            type="text"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeHit ? `${baseId}-option-${activeIndex}` : undefined}
            placeholder={s.placeholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={s.listLabel} className="palette__list">
            {hits.map((hit, index) => (
              <li
                key={hit.entryId}
                id={`${baseId}-option-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="palette__option search-hit"
                onPointerMove={() => {
                  if (index !== activeIndex) setActive(index);
                }}
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
