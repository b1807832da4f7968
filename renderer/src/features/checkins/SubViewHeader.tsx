import { useEffect, useRef } from 'react';
import { checkinStrings as s } from './strings';

/**
 * The heading of a view inside Check-ins (a questionnaire, an edit): it takes focus when
 * the view (or its stage) changes, like the page headings do on navigation.
 */
export function SubViewHeader({
  title,
  onBack,
  focusKey,
}: {
  title: string;
  onBack: () => void;
  focusKey: number;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div className="page__header checkins-subview__header">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      <button type="button" className="button button--quiet" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {s.back}
      </button>
    </div>
  );
}
