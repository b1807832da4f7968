import { Dialog } from '../../components/Dialog';
import { useGoal } from './queries';
import { QuickCheckIn } from './QuickCheckIn';
import { goalStrings as s } from './strings';

/**
 * A goal check-in started from a journal entry (its side panel): the check-in keeps the
 * entry's id, so the goal page can show where it was made.
 */
export function EntryCheckInDialog({
  goalId,
  entryId,
  onClose,
  onDone,
}: {
  goalId: string | null;
  entryId: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { goal } = useGoal(goalId ?? '');
  return (
    <Dialog
      open={goalId !== null && goal !== undefined}
      onClose={onClose}
      title={goal ? s.quickCheckInFor(goal.title) : s.addCheckin}
    >
      {goal && (
        <QuickCheckIn
          goal={goal}
          withDate
          entryId={entryId}
          onDone={(message) => {
            onDone(message);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}
