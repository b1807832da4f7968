import { useState } from 'react';
import { messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDeleteGoal } from './queries';
import { goalStrings as s } from './strings';

/** Deleting is for mistakes; the dialog points to "let go" for keeping the history. */
export function DeleteGoal({ goalId, onDeleted }: { goalId: string; onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteGoal();
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--danger-text"
        onClick={() => {
          setOpen(true);
        }}
      >
        {s.deleteGoal}
      </button>
      <ConfirmDialog
        open={open}
        title={s.deleteTitle}
        body={s.deleteBody}
        confirmLabel={s.deleteConfirm}
        cancelLabel={s.cancel}
        pending={remove.isPending}
        error={remove.isError ? messageOf(remove.error) : null}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          remove.mutate(goalId, {
            onSuccess: () => {
              setOpen(false);
              onDeleted();
            },
          });
        }}
      />
    </>
  );
}
