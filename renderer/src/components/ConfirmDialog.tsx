import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the change is on its way: the confirm button is disabled (and may say so). */
  pending?: boolean;
  pendingLabel?: string;
  error?: string | null;
}

/**
 * "Delete this …?" with Cancel and a red confirm button: nothing is removed without it. The
 * dialog stays open with the error if the change fails, so the user can try again or cancel.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  pending = false,
  pendingLabel,
  error = null,
}: Props) {
  return (
    <Dialog open={open} onClose={onCancel} title={title}>
      <p>{body}</p>
      <ErrorMessage message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={pending}
          onClick={onConfirm}
        >
          {pending && pendingLabel ? pendingLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
