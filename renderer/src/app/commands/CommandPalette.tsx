import { useRef, useState } from 'react';
import { useListboxNavigation } from '../../components/useListboxNavigation';
import { useModalDialog } from '../../components/useModalDialog';
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
  const inputRef = useRef<HTMLInputElement>(null);
  const ref = useModalDialog(open, inputRef);
  const [query, setQuery] = useState('');
  const items = filterActions(ACTIONS, query);
  const listbox = useListboxNavigation({
    items,
    open,
    homeEnd: true,
    onChoose: (action) => {
      run(action);
    },
  });

  const finish = () => {
    setQuery('');
    listbox.reset();
  };

  const run = (action: AppAction) => {
    finish();
    onRun(action);
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
          <label className="visually-hidden" htmlFor={listbox.inputId}>
            {s.paletteLabel}
          </label>
          <input
            ref={inputRef}
            className="palette__input"
            type="text"
            {...listbox.inputProps}
            aria-expanded="true"
            placeholder={s.palettePlaceholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              listbox.reset();
            }}
          />
          <ul
            id={listbox.listId}
            role="listbox"
            aria-label={s.paletteListLabel}
            className="palette__list"
          >
            {items.map((action, index) => (
              // Options are picked through the combobox (keys) or by pointer; not tab stops.
              <li
                key={action.id}
                {...listbox.optionProps(index)}
                className="palette__option"
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
