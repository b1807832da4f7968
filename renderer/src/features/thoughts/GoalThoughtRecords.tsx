import { hotThought } from '../../../../shared/thoughtRecords';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useThoughtRecords } from './queries';
import { thoughtStrings as s } from './strings';

/** On a goal's page: the thought records linked to the goal (stored on each record). */
export function GoalThoughtRecords({ goalId }: { goalId: string }) {
  const records = useThoughtRecords();
  const navigation = useNavigation();
  const dates = useDateFormatter();
  const linked = (records.data ?? []).filter((r) => r.goalIds.includes(goalId));
  return (
    <>
      <h3>{s.goalRecordsHeading}</h3>
      {linked.length === 0 ? (
        <p className="muted">{s.goalRecordsEmpty}</p>
      ) : (
        <ul className="goal-links__entries">
          {linked.map((record) => {
            const text = (hotThought(record)?.text ?? record.situation).replace(/\s+/g, ' ').trim();
            const about = text.length > 80 ? `${text.slice(0, 79)}…` : text;
            return (
              <li key={record.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    navigation.go('thoughtRecords', record.id);
                  }}
                >
                  {s.goalRecordLabel(dates.format(record.date), about)}
                  {record.status === 'draft' && ` (${s.draft})`}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
