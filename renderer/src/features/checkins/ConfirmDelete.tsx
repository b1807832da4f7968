import { Dialog } from '../../components/Dialog';
import { checkinStrings as s } from './strings';

interface Props {
  open: boolean;
  title: string;
  body: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Delete this …?" with Delete and Cancel; nothing is deleted without it. */
export function ConfirmDelete({ open, title, body, onConfirm, onClose }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <p>{body}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {s.confirmDelete}
        </button>
      </div>
    </Dialog>
  );
}
