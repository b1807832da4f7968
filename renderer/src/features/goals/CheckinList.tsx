import type { Goal } from '../../../../shared/goals';
import { sortedCheckins } from '../../../../shared/goalProgress';
import { messageOf } from '../../api/client';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FromEntryLink } from '../journal/FromEntryLink';
import { formatValue } from './goalView';
import { useDeleteCheckIn } from './queries';
import { goalStrings as s } from './strings';

/** Every check-in, newest first, each with its note and a way to remove it. */
export function CheckinList({ goal }: { goal: Goal }) {
  const dates = useDateFormatter();
  const remove = useDeleteCheckIn();
  const list = sortedCheckins(goal).reverse();
  if (list.length === 0) return <p className="muted">{s.noCheckins}</p>;
  return (
    <>
      <table className="goal-table">
        <thead>
          <tr>
            <th scope="col">{s.colDate}</th>
            <th scope="col">{s.colValue}</th>
            <th scope="col">{s.colNote}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {list.map((c) => {
            const date = dates.format(c.date);
            const value = formatValue(goal.measure, c.value);
            return (
              <tr key={c.id}>
                <td>{date}</td>
                <td>{value}</td>
                <td>
                  {c.note}
                  {c.entryId !== null && (
                    <>
                      {c.note !== '' && ' '}
                      <FromEntryLink
                        entryId={c.entryId}
                        label={s.fromEntry}
                        accessibleName={s.openCheckinEntry(date)}
                      />
                    </>
                  )}
                </td>
                <td className="goal-table__action">
                  <button
                    type="button"
                    className="button button--quiet button--danger-text"
                    aria-label={s.deleteCheckin(date, value)}
                    disabled={remove.isPending}
                    onClick={() => {
                      remove.mutate({ goalId: goal.id, checkinId: c.id });
                    }}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorMessage message={remove.isError ? messageOf(remove.error) : null} />
    </>
  );
}
