import { useEffect, useRef } from 'react';
import { MENU_EVENT_ACTIONS, type MenuEvent } from '../../../../shared/channels';
import { onAppEvent } from '../../api/events';
import { findAction, type ActionContext } from '../actions';

/** Runs the action behind each application-menu item main reports (same registry as keys). */
export function useMenuEvents(context: ActionContext): void {
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  }, [context]);

  useEffect(() => {
    const unsubscribers = (Object.entries(MENU_EVENT_ACTIONS) as [MenuEvent, string][]).map(
      ([event, actionId]) =>
        onAppEvent(event, () => {
          // A dialog (e.g. the recovery key) keeps the screen until it is closed.
          if (document.querySelector('dialog[open]') !== null && actionId !== 'app.help') return;
          findAction(actionId).run(contextRef.current);
        }),
    );
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, []);
}
