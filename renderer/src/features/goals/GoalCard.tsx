import { useId, useState } from 'react';
import { checkinDue, latestValue, percentOfWay } from '../../../../shared/goalProgress';
import type { Goal } from '../../../../shared/goals';
import { smartCheck } from '../../../../shared/smartCheck';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { FLOW_STEPS, clampStep } from './flowSteps';
import { inputOf } from './goalInput';
import { formatValue, statusSince } from './goalView';
import { ProgressBar } from './ProgressBar';
import { QuickCheckIn } from './QuickCheckIn';
import { SmartBadge } from './SmartBadge';
import { goalStrings as s } from './strings';

interface Props {
  goal: Goal;
  today: string;
  onResume: (goal: Goal) => void;
}

/** One goal in the overview: name, SMART badge, progress in words, and a quick check-in. */
export function GoalCard({ goal, today, onResume }: Props) {
  const navigation = useNavigation();
  const dates = useDateFormatter();
  const [checkingIn, setCheckingIn] = useState(false);
  const panelId = useId();
  const due = checkinDue(goal, today);
  const score = smartCheck(inputOf(goal), today).score;
  const { measure } = goal;
  const since = dates.format(statusSince(goal));

  return (
    <li className="goal-card goal-list-item" data-status={goal.status}>
      <div className="goal-list-item__top">
        <h3 className="goal-list-item__title">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              navigation.go('goals', goal.id);
            }}
          >
            {goal.title}
          </button>
        </h3>
        <SmartBadge score={score} />
        {due && (
          <span className="due-badge">
            <span aria-hidden="true">● </span>
            {s.checkinDue}
          </span>
        )}
      </div>
      <ProgressBar title={goal.title} percent={percentOfWay(goal)} />
      {measure.baseline !== null && measure.target !== null && (
        <p className="goal-list-item__figures muted">
          {s.latest(
            formatValue(measure, latestValue(goal)),
            formatValue(measure, measure.baseline),
            formatValue(measure, measure.target),
          )}
        </p>
      )}
      {goal.status === 'achieved' && <p className="muted">{s.achievedOn(since)}</p>}
      {goal.status === 'letGo' && <p className="muted">{s.letGoOn(since)}</p>}
      {goal.status === 'paused' && <p className="muted">{s.pausedOn(since)}</p>}
      {goal.status === 'active' && (
        <div className="button-row goal-list-item__actions">
          <button
            type="button"
            className="button"
            aria-expanded={checkingIn}
            aria-controls={panelId}
            aria-label={s.quickCheckInAria(goal.title)}
            onClick={() => {
              setCheckingIn(!checkingIn);
            }}
          >
            {s.quickCheckIn}
          </button>
          {goal.guidedStep !== null && (
            <button
              type="button"
              className="button button--quiet"
              aria-label={s.continueSetupAria(
                goal.title,
                s.settingUp(clampStep(goal.guidedStep) + 1, FLOW_STEPS),
              )}
              onClick={() => {
                onResume(goal);
              }}
            >
              {s.continueSetup}
            </button>
          )}
        </div>
      )}
      <div id={panelId}>{checkingIn && <QuickCheckIn goal={goal} />}</div>
    </li>
  );
}
