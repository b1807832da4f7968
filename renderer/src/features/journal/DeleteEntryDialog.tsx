import { ConfirmDialog } from '../../components/ConfirmDialog';
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
    <ConfirmDialog
      open={open}
      title={s.deleteTitle}
      body={title.trim() ? s.deleteBody(title.trim()) : s.deleteBodyUntitled}
      confirmLabel={s.deleteConfirm}
      pendingLabel={s.deleting}
      cancelLabel={s.cancel}
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
