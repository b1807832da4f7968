import './goals.css';
import { useState } from 'react';
import { checkinDue } from '../../../../shared/goalProgress';
import { todayLocal } from '../../app/dates/today';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { groupGoals } from './goalView';
import { useGoals } from './queries';
import { QuickCheckIn } from './QuickCheckIn';
import { goalStrings as s } from './strings';

/** Home's goals card: the active goals waiting for a check-in, each with a quick check-in. */
export function HomeGoalsCard() {
  const navigation = useNavigation();
  const goals = useGoals();
  const [saved, setSaved] = useState('');
  const today = todayLocal();
  const active = goals.data ? groupGoals(goals.data, today).active : [];
  const due = active.filter((g) => checkinDue(g, today));

  return (
    <li className="glance-card home-goals">
      <h3>{s.homeCardTitle}</h3>
      {goals.isError && <p className="muted">{s.loadFailed}</p>}
      {goals.isSuccess && due.length === 0 && (
        <p className="muted">
          {active.length === 0 ? s.homeNoGoals : s.homeNoneDue(active.length)}
        </p>
      )}
      {due.length > 0 && (
        <ul className="home-goals__list">
          {due.map((goal) => (
            <li key={goal.id}>
              <h4 className="home-goals__title">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    navigation.go('goals', goal.id);
                  }}
                >
                  {goal.title}
                </button>
              </h4>
              <QuickCheckIn goal={goal} onDone={setSaved} />
            </li>
          ))}
        </ul>
      )}
      <p className="inline-status" role="status">
        {saved}
      </p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('goals');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
    </li>
  );
}
