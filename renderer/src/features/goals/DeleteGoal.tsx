import { useState } from 'react';
import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
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
      <Dialog
        open={open}
        title={s.deleteTitle}
        onClose={() => {
          setOpen(false);
        }}
      >
        <p>{s.deleteBody}</p>
        <ErrorMessage message={remove.isError ? messageOf(remove.error) : null} />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
            }}
          >
            {s.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() => {
              remove.mutate(goalId, {
                onSuccess: () => {
                  setOpen(false);
                  onDeleted();
                },
              });
            }}
          >
            {s.deleteConfirm}
          </button>
        </div>
      </Dialog>
    </>
  );
}
