import './plans.css';
import { useState } from 'react';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useLogDialog } from './LogDialog';
import { rehearsalPlans } from './planView';
import { usePlanGoals, usePlans } from './queries';
import { planStrings as s } from './strings';

/** Enough to rehearse in a minute; the rest are a click away. */
const SHOWN = 4;

/** Home's card: today's if-then plans for active goals, each with an "It came up" shortcut. */
export function HomePlansCard() {
  const navigation = useNavigation();
  const plans = usePlans();
  const goals = usePlanGoals();
  const [status, setStatus] = useState('');
  const log = useLogDialog(() => {
    setStatus(s.logged);
  });
  const all = plans.data && goals.data ? rehearsalPlans(plans.data, goals.data) : [];
  const shown = all.slice(0, SHOWN);

  return (
    <li className="glance-card home-plans">
      <h3>{s.homeTitle}</h3>
      {(plans.isError || goals.isError) && <p className="muted">{s.loadFailed}</p>}
      {plans.isSuccess && goals.isSuccess && all.length === 0 && (
        <p className="muted">{s.homeNone}</p>
      )}
      {shown.length > 0 && (
        <>
          <p className="muted home-plans__intro">{s.homeIntro}</p>
          <ul className="home-plans__list">
            {shown.map(({ obstacle, plan, sentence }) => (
              <li key={plan.id} className="home-plans__item">
                <p className="home-plans__sentence">{sentence}</p>
                <button
                  type="button"
                  className="button home-plans__came-up"
                  aria-label={s.cameUpFor(sentence)}
                  onClick={() => {
                    log.open({ obstacle, planId: plan.id });
                  }}
                >
                  {s.cameUp}
                </button>
              </li>
            ))}
          </ul>
          {all.length > SHOWN && <p className="muted">{s.homeMore(all.length - SHOWN)}</p>}
        </>
      )}
      <p className="inline-status" role="status">
        {status}
      </p>
      <button
        type="button"
        className="link-button glance-card__link"
        onClick={() => {
          navigation.go('plans');
        }}
      >
        {s.homeGoTo}
        <span aria-hidden="true"> →</span>
      </button>
      {log.dialog}
    </li>
  );
}
