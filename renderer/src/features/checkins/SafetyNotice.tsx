import '../help/help.css';
import { useId } from 'react';
import { HelpContent } from '../help/HelpContent';
import { checkinStrings as s } from './strings';

/**
 * Shown when PHQ-9 question 9 is answered above 0 (DOMAIN.md §4, §6): what to do now, with
 * the same local crisis information as "Need help now?". It has no close button and no
 * setting. `announce` makes its first words an alert, once, when it first appears on the
 * questionnaire; elsewhere it is a quiet, persistent region.
 */
export function SafetyNotice({ announce }: { announce: boolean }) {
  const headingId = useId();
  return (
    <section className="safety-notice" aria-labelledby={headingId}>
      <h2 id={headingId} className="safety-notice__heading">
        {s.safety.heading}
      </h2>
      <p className="safety-notice__lead" role={announce ? 'alert' : undefined}>
        {s.safety.alert}
      </p>
      <HelpContent />
      <p className="safety-notice__therapist">{s.safety.therapist}</p>
    </section>
  );
}
