import type { SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { linkStrings as s } from '../features/journal/linkStrings';
import type { LinkTarget } from './entryLinks';

type Props = SuggestionProps<LinkTarget, LinkTarget>;

let popupCount = 0;

/**
 * The "@" suggestion popup, in plain DOM (it lives outside React's tree): a listbox that the
 * editor's textbox points at with aria-activedescendant, so focus never leaves the text.
 */
export const renderMentionList: NonNullable<
  SuggestionOptions<LinkTarget, LinkTarget>['render']
> = () => {
  popupCount += 1;
  const listId = `mention-list-${String(popupCount)}`;
  let popup: HTMLUListElement | null = null;
  let props: Props | null = null;
  let active = 0;

  const optionId = (i: number) => `${listId}-${String(i)}`;

  const draw = () => {
    if (!popup || !props) return;
    popup.replaceChildren();
    if (props.items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'mention-list__empty';
      empty.textContent = s.noTargets;
      popup.append(empty);
    }
    props.items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = optionId(i);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      li.className = 'mention-list__option';
      const kind = document.createElement('span');
      kind.className = 'mention-list__kind';
      kind.textContent = s.kind[item.kind];
      li.append(kind, ` ${item.label}`);
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        props?.command(item);
      });
      popup?.append(li);
    });
    const dom = props.editor.view.dom;
    dom.setAttribute('aria-controls', listId);
    if (props.items[active]) dom.setAttribute('aria-activedescendant', optionId(active));
    else dom.removeAttribute('aria-activedescendant');
    const rect = props.clientRect?.();
    if (rect) {
      popup.style.left = `${String(Math.round(rect.left))}px`;
      popup.style.top = `${String(Math.round(rect.bottom + 4))}px`;
    }
  };

  return {
    onStart: (start) => {
      props = start;
      active = 0;
      popup = document.createElement('ul');
      popup.id = listId;
      popup.className = 'mention-list';
      popup.setAttribute('role', 'listbox');
      popup.setAttribute('aria-label', s.suggestionsLabel);
      document.body.append(popup);
      draw();
    },
    onUpdate: (update) => {
      props = update;
      active = Math.min(active, Math.max(update.items.length - 1, 0));
      draw();
    },
    onKeyDown: ({ event }) => {
      if (!props) return false;
      const count = props.items.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count === 0) return true;
        active = (active + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
        draw();
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = props.items[active];
        if (!item) return false;
        props.command(item);
        return true;
      }
      return false;
    },
    onExit: () => {
      const dom = props?.editor.view.dom;
      dom?.removeAttribute('aria-activedescendant');
      dom?.removeAttribute('aria-controls');
      popup?.remove();
      popup = null;
      props = null;
    },
  };
};
