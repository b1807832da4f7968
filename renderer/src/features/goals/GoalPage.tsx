import { useRef } from 'react';
import { checkinDue } from '../../../../shared/goalProgress';
import type { Goal } from '../../../../shared/goals';
import { smartCheck } from '../../../../shared/smartCheck';
import { todayLocal } from '../../app/dates/today';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { CheckinList } from './CheckinList';
import { DeleteGoal } from './DeleteGoal';
import { FLOW_STEPS, clampStep } from './flowSteps';
import { GoalAbout } from './GoalAbout';
import { GoalChart } from './GoalChart';
import { GoalFigures } from './GoalFigures';
import { inputOf } from './goalInput';
import { GoalLinks } from './GoalLinks';
import { MilestoneList } from './MilestoneList';
import { useGoal } from './queries';
import { QuickCheckIn } from './QuickCheckIn';
import { SmartBadge } from './SmartBadge';
import { SmartCheckPanel } from './SmartCheckPanel';
import { StatusPanel } from './StatusPanel';
import { goalStrings as s } from './strings';

interface Props {
  goalId: string;
  onEdit: (goal: Goal) => void;
  onResume: (goal: Goal) => void;
}

/** One goal: where it stands, its chart, check-ins, status history and links. */
export function GoalPage({ goalId, onEdit, onResume }: Props) {
  const navigation = useNavigation();
  const { goal, isPending, isError } = useGoal(goalId);
  const checkinRef = useRef<HTMLElement>(null);
  const today = todayLocal();

  const backLink = (
    <button
      type="button"
      className="link-button goal-page__back"
      onClick={() => {
        navigation.go('goals');
      }}
    >
      <span aria-hidden="true">← </span>
      {s.backToGoals}
    </button>
  );

  if (!goal) {
    return (
      <div className="page goal-page">
        {backLink}
        <h1>{isPending ? s.loading : s.notFoundHeading}</h1>
        {!isPending && <p className="muted">{isError ? s.loadFailed : s.notFoundBody}</p>}
      </div>
    );
  }

  const score = smartCheck(inputOf(goal), today);
  const due = checkinDue(goal, today);

  return (
    <div className="page goal-page">
      {backLink}
      <div className="page__header">
        <h1>{goal.title}</h1>
        <button
          type="button"
          className="button"
          onClick={() => {
            onEdit(goal);
          }}
        >
          {s.edit}
        </button>
      </div>
      <p className="goal-page__badges">
        <span className="status-badge" data-status={goal.status}>
          {s.statusNames[goal.status]}
        </span>
        <SmartBadge score={score.score} />
        {due && (
          <span className="due-badge">
            <span aria-hidden="true">● </span>
            {s.checkinDue}
          </span>
        )}
      </p>
      {goal.guidedStep !== null && (
        <div className="callout goal-resume">
          <h2>{s.resumeHeading}</h2>
          <p>{s.resumeBody(clampStep(goal.guidedStep) + 1, FLOW_STEPS)}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onResume(goal);
            }}
          >
            {s.continueSetup}
          </button>
        </div>
      )}
      <GoalAbout goal={goal} />
      <GoalFigures goal={goal} today={today} />
      <GoalChart goal={goal} />
      <section ref={checkinRef} className="goal-card" aria-labelledby="goal-checkins">
        <h2 id="goal-checkins">{s.checkinsHeading}</h2>
        {goal.status === 'active' && (
          <>
            <h3>{s.addCheckin}</h3>
            <QuickCheckIn goal={goal} withDate />
          </>
        )}
        <CheckinList goal={goal} />
      </section>
      <MilestoneList goal={goal} />
      <div className="goal-card goal-page__smart">
        <SmartCheckPanel result={score} live={false} />
      </div>
      <StatusPanel goal={goal} />
      <GoalLinks
        goalId={goal.id}
        canCheckIn={goal.status === 'active'}
        onCheckIn={() => {
          const input = checkinRef.current?.querySelector('input');
          input?.scrollIntoView({ block: 'center' });
          input?.focus();
        }}
      />
      <div className="goal-page__footer">
        <DeleteGoal
          goalId={goal.id}
          onDeleted={() => {
            navigation.replace('goals');
          }}
        />
      </div>
    </div>
  );
}
