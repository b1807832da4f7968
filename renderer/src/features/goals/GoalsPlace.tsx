import './goals.css';
import { useEffect, useRef, useState } from 'react';
import type { Goal } from '../../../../shared/goals';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { GoalEditForm } from './GoalEditForm';
import { GoalPage } from './GoalPage';
import { GoalsOverview } from './GoalsOverview';
import { GuidedFlow } from './GuidedFlow';

type Mode =
  { name: 'view' } | { name: 'flow'; goal: Goal | undefined } | { name: 'edit'; goal: Goal };

/**
 * The Goals section: the overview, or one goal when the visit names it (`recordId`). The
 * guided flow and the edit form open in place; finishing a new goal opens its page.
 */
export function GoalsPlace({ recordId }: { recordId: string | undefined }) {
  const navigation = useNavigation();
  const [mode, setMode] = useState<Mode>({ name: 'view' });
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // The shell focuses the h1 on navigation; switching view inside the section does too.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = root.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [mode]);

  const view = () => {
    setMode({ name: 'view' });
  };
  const resume = (goal: Goal) => {
    setMode({ name: 'flow', goal });
  };

  let content;
  if (mode.name === 'flow') {
    content = (
      <GuidedFlow
        goal={mode.goal}
        onFinished={(goal) => {
          if (goal.id === recordId) view();
          else navigation.go('goals', goal.id);
        }}
        onLater={view}
      />
    );
  } else if (mode.name === 'edit') {
    content = <GoalEditForm goal={mode.goal} onDone={view} />;
  } else if (recordId !== undefined) {
    content = (
      <GoalPage
        goalId={recordId}
        onEdit={(goal) => {
          setMode({ name: 'edit', goal });
        }}
        onResume={resume}
      />
    );
  } else {
    content = (
      <GoalsOverview
        onNew={() => {
          setMode({ name: 'flow', goal: undefined });
        }}
        onResume={resume}
      />
    );
  }
  return (
    <div ref={root} className="goals-place">
      {content}
    </div>
  );
}
