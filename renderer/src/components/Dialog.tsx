import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Extra class for the <dialog>, e.g. a size variant. */
  className?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal built on the native <dialog>: showModal() makes the page behind it inert, Esc
 * closes it (through onClose, so React stays in charge), and Tab wraps around inside it.
 * Focus starts on the title; the browser returns it to the opener on close.
 */
export function Dialog({ open, onClose, title, className, children }: Props) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Start at the top (the title), not at the first button far below the text.
  const ref = useModalDialog(open, titleRef);

  function trapTab(event: React.KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
    >
      {open && (
        <div className="dialog__body">
          <h2 id={titleId} className="dialog__title" ref={titleRef} tabIndex={-1}>
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
