import { Extension, getAttributes } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isSafeWebUrl } from './links';

/**
 * Links never open from inside the editor. A click (or Alt+Enter with the caret in a link)
 * asks the view to confirm first, and Ctrl/⌘+Shift+K asks it for the link dialog. The
 * requests are DOM events on the editor element, so this extension stays one module-level
 * definition with no per-editor callbacks (the view listens on its own editor).
 */
export const OPEN_LINK_EVENT = 'waypoint:open-link';
export const EDIT_LINK_EVENT = 'waypoint:edit-link';

export type OpenLinkEvent = CustomEvent<{ href: string }>;

function requestOpen(dom: HTMLElement, href: string): void {
  dom.dispatchEvent(new CustomEvent(OPEN_LINK_EVENT, { detail: { href }, bubbles: true }));
}

/** The link element an event happened in, if it's inside this editor. */
function linkAt(root: HTMLElement, target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const link = target.closest('a');
  return link && root.contains(link) ? link : null;
}

export const LinkActions = Extension.create({
  name: 'linkActions',

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-k': ({ editor }) => {
        editor.view.dom.dispatchEvent(new CustomEvent(EDIT_LINK_EVENT, { bubbles: true }));
        return true;
      },
      'Alt-Enter': ({ editor }) => {
        if (!editor.isActive('link')) return false;
        const href: unknown = getAttributes(editor.state, 'link').href;
        if (typeof href !== 'string' || !isSafeWebUrl(href)) return false;
        requestOpen(editor.view.dom, href);
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('linkActions'),
        props: {
          handleClick: (view, _pos, event) => {
            if (event.button !== 0) return false;
            const link = linkAt(view.dom, event.target);
            if (!link) return false;
            event.preventDefault();
            const href = link.getAttribute('href') ?? '';
            if (isSafeWebUrl(href)) requestOpen(view.dom, href);
            // The caret still moves into the link, so the toolbar shows it and can edit it.
            return false;
          },
          handleDOMEvents: {
            // Belt and braces: no click of any button on a link ever navigates the window.
            click: (view, event) => {
              if (linkAt(view.dom, event.target)) event.preventDefault();
              return false;
            },
            auxclick: (view, event) => {
              if (linkAt(view.dom, event.target)) event.preventDefault();
              return false;
            },
          },
        },
      }),
    ];
  },
});
