import { useEffect, useRef } from 'react';
import { ACTIONS, actionShortcuts, type ActionContext } from '../actions';
import { isTextEntry, matchesShortcut } from './shortcuts';

/** One keydown handler for every shortcut in the registry, anywhere in the unlocked app. */
export function useActionKeys(context: ActionContext): void {
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  }, [context]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      const typing = isTextEntry(event.target);
      for (const action of ACTIONS) {
        if (!actionShortcuts(action).some((k) => matchesShortcut(event, k))) continue;
        if (dialogOpen && !action.whileDialogOpen) return;
        if (typing && !action.inTextFields) return;
        event.preventDefault();
        event.stopPropagation();
        action.run(contextRef.current);
        return;
      }
    };
    // Capture, so the editor can't swallow Ctrl+L or Ctrl+Shift+P first.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
    };
  }, []);
}
