import { useEffect, useId, useState, type KeyboardEvent } from 'react';

/**
 * Where the highlight goes for a key: arrows step and wrap around, Home and End jump to the
 * ends. `undefined` when the key is not ours (it stays with the text field, e.g. Home/End
 * moving the caret when `homeEnd` is off) or, for arrows, when there is nothing to move to.
 */
export function nextActiveIndex(
  key: string,
  activeIndex: number,
  count: number,
  homeEnd: boolean,
): number | undefined {
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (count === 0) return undefined;
    const step = key === 'ArrowDown' ? 1 : -1;
    return (activeIndex + step + count) % count;
  }
  if (homeEnd && (key === 'Home' || key === 'End')) {
    return key === 'Home' ? 0 : Math.max(count - 1, 0);
  }
  return undefined;
}

interface Options<T> {
  /** The options as shown, in order. */
  items: readonly T[];
  /** Whether the list is on screen (the highlighted option is scrolled into view only then). */
  open: boolean;
  /** Enter on the highlighted option. */
  onChoose: (item: T) => void;
  /** Home and End move the highlight to the first and last option (off: they move the caret). */
  homeEnd?: boolean;
}

/**
 * The keyboard half of a combobox over a listbox: focus stays in the text field, which points at
 * the highlighted option with aria-activedescendant. Arrows move the highlight (wrapping), Enter
 * chooses, the pointer highlights what it is over, and the highlighted option is kept in view.
 * The highlight is clamped to the options there are; call `reset` when the query changes or the
 * list closes so that the next list starts at the top.
 */
export function useListboxNavigation<T>({ items, open, onChoose, homeEnd = false }: Options<T>) {
  const [active, setActive] = useState(0);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${String(index)}`;
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));
  const activeItem = items[activeIndex];

  useEffect(() => {
    if (!open) return;
    document.getElementById(`${baseId}-option-${String(activeIndex)}`)?.scrollIntoView({
      block: 'nearest',
    });
  }, [open, activeIndex, baseId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (activeItem !== undefined) onChoose(activeItem);
      return;
    }
    const isArrow = event.key === 'ArrowDown' || event.key === 'ArrowUp';
    const isEnd = homeEnd && (event.key === 'Home' || event.key === 'End');
    if (!isArrow && !isEnd) return;
    // An arrow is the listbox's even with no options (it never moves the caret).
    event.preventDefault();
    const next = nextActiveIndex(event.key, activeIndex, items.length, homeEnd);
    if (next !== undefined) setActive(next);
  };

  return {
    /** The text field's id, for its label's htmlFor. */
    inputId,
    listId,
    /** Back to the first option. */
    reset: () => {
      setActive(0);
    },
    /** The combobox wiring of the text field. */
    inputProps: {
      id: inputId,
      role: 'combobox',
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': activeItem !== undefined ? optionId(activeIndex) : undefined,
      onKeyDown,
    } as const,
    /** The wiring of one option: its id, whether it is highlighted, pointer highlighting. */
    optionProps: (index: number) =>
      ({
        id: optionId(index),
        role: 'option',
        'aria-selected': index === activeIndex,
        onPointerMove: () => {
          if (index !== activeIndex) setActive(index);
        },
      }) as const,
  };
}
