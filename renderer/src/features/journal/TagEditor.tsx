import { useId, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { foldText } from '../../../../shared/search';
import { metaStrings as s } from './metaStrings';

interface Props {
  tags: string[];
  known: { tag: string; count: number }[];
  onChange: (tags: string[]) => void;
}

const MAX_SUGGESTIONS = 8;

/**
 * Tags as chips plus a combobox that suggests tags already in use. Enter or comma adds,
 * Backspace in an empty field removes the last chip, arrows move through suggestions.
 */
export function TagEditor({ tags, known, onChange }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const has = new Set(tags.map((t) => t.toLocaleLowerCase()));
  const typed = foldText(text.trim());
  const suggestions = typed
    ? known
        .filter((k) => !has.has(k.tag.toLocaleLowerCase()) && foldText(k.tag).includes(typed))
        .slice(0, MAX_SUGGESTIONS)
    : [];
  const open = suggestions.length > 0;
  const activeSuggestion = active >= 0 ? suggestions[active] : undefined;

  const add = (raw: string) => {
    const tag = raw.trim().replace(/[,#\n]/g, '');
    setText('');
    setActive(-1);
    if (!tag || has.has(tag.toLocaleLowerCase()) || tags.length >= LIMITS.tagsPerEntry) return;
    onChange([...tags, tag.slice(0, LIMITS.tagMaxLength)]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text field itself, between the last suggestion and the first.
      const next = active + step;
      setActive(next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next);
    } else if (event.key === 'Enter' || event.key === ',') {
      if (!text.trim()) return;
      event.preventDefault();
      add(activeSuggestion ? activeSuggestion.tag : text);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setText('');
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="tag-editor">
      <label htmlFor={`${baseId}-input`} className="meta__label">
        {s.tagsLabel}
      </label>
      <div className="tag-editor__box">
        <ul className="tag-editor__chips" aria-label={s.tagsLabel}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={s.removeTag(tag)}
                onClick={() => {
                  onChange(tags.filter((t) => t !== tag));
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <input
          id={`${baseId}-input`}
          className="tag-editor__input"
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={hintId}
          aria-activedescendant={
            activeSuggestion ? `${baseId}-option-${String(active)}` : undefined
          }
          placeholder={s.tagPlaceholder}
          autoComplete="off"
          maxLength={LIMITS.tagMaxLength}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setActive(-1);
          }}
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={s.tagSuggestions}
        className="tag-editor__suggestions"
        hidden={!open}
      >
        {suggestions.map((k, index) => (
          <li
            key={k.tag}
            id={`${baseId}-option-${String(index)}`}
            role="option"
            aria-selected={index === active}
            className="tag-editor__option"
            onPointerDown={(event) => {
              // Keep focus in the field.
              event.preventDefault();
            }}
            onClick={() => {
              add(k.tag);
            }}
          >
            <span>{k.tag}</span> <span className="muted">{s.tagCount(k.count)}</span>
          </li>
        ))}
      </ul>
      <p id={hintId} className="meta__hint">
        {s.tagsHint}
      </p>
    </div>
  );
}
