import { ConfirmDialog } from '../../components/ConfirmDialog';
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
    <ConfirmDialog
      open={open}
      title={title}
      body={body}
      confirmLabel={s.confirmDelete}
      cancelLabel={s.cancel}
      onConfirm={onConfirm}
      onCancel={onClose}
    />
  );
}
