import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { journalStrings as s } from './strings';

interface Props {
  open: boolean;
  title: string;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function DeleteEntryDialog({ open, title, pending, error, onCancel, onConfirm }: Props) {
  return (
    <Dialog open={open} onClose={onCancel} title={s.deleteTitle}>
      <p>{title.trim() ? s.deleteBody(title.trim()) : s.deleteBodyUntitled}</p>
      <ErrorMessage message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {s.cancel}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? s.deleting : s.deleteConfirm}
        </button>
      </div>
    </Dialog>
  );
}
