import { useState } from 'react';
import { messageOf } from '../../api/client';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GoalObstacles } from '../plans/GoalObstacles';
import { GoalThoughtRecords } from '../thoughts/GoalThoughtRecords';
import { startThoughtRecordForGoal } from '../thoughts/startFromEntry';
import { EntryBacklinks } from '../journal/EntryBacklinks';
import { goalStrings as s } from './strings';

/** What links to this goal, and what can be started from it. */
export function GoalLinks({
  goalId,
  canCheckIn,
  onCheckIn,
}: {
  goalId: string;
  canCheckIn: boolean;
  onCheckIn: () => void;
}) {
  const navigation = useNavigation();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  return (
    <section className="goal-card" aria-labelledby="goal-links">
      <h2 id="goal-links">{s.linksHeading}</h2>
      <EntryBacklinks kind="goal" id={goalId} heading={s.entriesHeading} empty={s.entriesEmpty} />
      <GoalObstacles goalId={goalId} />
      <GoalThoughtRecords goalId={goalId} />
      <h3>{s.startHeading}</h3>
      <div className="button-row">
        {canCheckIn && (
          <button type="button" className="button" onClick={onCheckIn}>
            {s.startCheckin}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            // Opens a new obstacle plan with this goal already chosen.
            navigation.go('plans', goalId);
          }}
        >
          {s.planObstacle}
        </button>
        <button
          type="button"
          className="button"
          disabled={starting}
          onClick={() => {
            setStarting(true);
            setStartError(null);
            // A draft record linked to this goal (the link is stored on the record, once).
            startThoughtRecordForGoal(goalId).then(
              (recordId) => {
                navigation.go('thoughtRecords', recordId);
              },
              (error: unknown) => {
                setStarting(false);
                setStartError(messageOf(error));
              },
            );
          }}
        >
          {s.challengeThought}
        </button>
      </div>
      <ErrorMessage message={startError} />
    </section>
  );
}
