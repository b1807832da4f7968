import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens and closes a native <dialog> as a modal with `open`: showModal() makes the page behind
 * it inert and the browser returns focus to the opener on close. On opening, focus goes to
 * `initialFocus`. Returns the ref for the <dialog>.
 */
export function useModalDialog(open: boolean, initialFocus: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);

  return ref;
}
