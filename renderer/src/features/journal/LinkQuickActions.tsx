import { useState } from 'react';
import { EntryCheckInDialog } from '../goals/EntryCheckInDialog';
import { useGoal } from '../goals/queries';
import { useLogDialog } from '../plans/LogDialog';
import { usePlans } from '../plans/queries';
import { planStrings } from '../plans/strings';
import { linkStrings as s } from './linkStrings';

interface Props {
  /** The linked record's id and its current title. */
  id: string;
  label: string;
  entryId: string;
  onDone: (message: string) => void;
}

/** On an entry's link to an active goal: a check-in made from (and linked to) this entry. */
export function GoalCheckInAction({ id, label, entryId, onDone }: Props) {
  const { goal } = useGoal(id);
  const [open, setOpen] = useState(false);
  if (goal?.status !== 'active') return null;
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={s.checkInFor(label)}
        onClick={() => {
          setOpen(true);
        }}
      >
        {s.checkIn}
      </button>
      <EntryCheckInDialog
        goalId={open ? id : null}
        entryId={entryId}
        onClose={() => {
          setOpen(false);
        }}
        onDone={onDone}
      />
    </>
  );
}

/** On an entry's link to a live obstacle plan: "It came up", logged with this entry. */
export function PlanCameUpAction({ id, label, entryId, onDone }: Props) {
  const plans = usePlans();
  const log = useLogDialog(() => {
    onDone(planStrings.logged);
  });
  const obstacle = plans.data?.find((o) => o.id === id);
  if (!obstacle || obstacle.archived) return null;
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        aria-label={s.cameUpFor(label)}
        onClick={() => {
          log.open({ obstacle, planId: null, entryId, choosePlan: true });
        }}
      >
        {planStrings.cameUp}
      </button>
      {log.dialog}
    </>
  );
}
