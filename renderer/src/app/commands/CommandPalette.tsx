import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIONS, actionShortcuts, filterActions, type AppAction } from '../actions';
import { shortcutText } from './shortcuts';
import { commandStrings as s } from './strings';

interface Props {
  open: boolean;
  onClose: () => void;
  onRun: (action: AppAction) => void;
}

/**
 * Every action, filtered as you type: a combobox over a listbox in a modal dialog. Focus
 * stays in the text field; arrows move the highlighted option (aria-activedescendant).
 */
export function CommandPalette({ open, onClose, onRun }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const items = filterActions(ACTIONS, query);
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));
  const activeItem = items[activeIndex];

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

  const finish = () => {
    setQuery('');
    setActive(0);
  };

  const run = (action: AppAction) => {
    finish();
    onRun(action);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : Math.max(items.length - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeItem) run(activeItem);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label={s.paletteTitle}
      onCancel={(event) => {
        event.preventDefault();
        finish();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (event.target === ref.current) {
          finish();
          onClose();
        }
      }}
    >
      {open && (
        <div className="palette__body">
          <label className="visually-hidden" htmlFor={`${baseId}-input`}>
            {s.paletteLabel}
          </label>
          <input
            ref={inputRef}
            id={`${baseId}-input`}
            className="palette__input"
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeItem ? `${baseId}-option-${activeIndex}` : undefined}
            placeholder={s.palettePlaceholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={s.paletteListLabel} className="palette__list">
            {items.map((action, index) => (
              // Options are picked through the combobox (keys) or by pointer; not tab stops.
              <li
                key={action.id}
                id={`${baseId}-option-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="palette__option"
                onPointerMove={() => {
                  if (index !== activeIndex) setActive(index);
                }}
                onClick={() => {
                  run(action);
                }}
              >
                <span>{action.label}</span>
                {action.shortcut && (
                  <kbd>
                    {actionShortcuts(action)
                      .map((keys) => shortcutText(keys))
                      .join(` ${s.sheetOr} `)}
                  </kbd>
                )}
              </li>
            ))}
          </ul>
          {items.length === 0 && <p className="palette__empty">{s.paletteNoMatch}</p>}
          <p className="visually-hidden" role="status">
            {s.paletteCount(items.length)}
          </p>
          <p className="palette__hint" aria-hidden="true">
            {s.paletteHint}
          </p>
        </div>
      )}
    </dialog>
  );
}
