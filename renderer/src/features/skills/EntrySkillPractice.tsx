import './skills.css';
import { useId } from 'react';
import { usePracticeDialog } from './PracticeDialog';
import { skillStrings as s } from './strings';

/** In an entry's side panel: log a skill practice linked to this entry. */
export function EntrySkillPractice({ entryId }: { entryId: string }) {
  const ids = useId();
  const practice = usePracticeDialog();
  return (
    <section className="entry-skill-practice" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`} className="entry-links__heading">
        {s.entryHeading}
      </h2>
      <p className="meta__hint">{s.entryHint}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          practice.open({ entryId });
        }}
      >
        {s.logPractice}
      </button>
      <span className="inline-status" role="status">
        {practice.status}
      </span>
      {practice.dialog}
    </section>
  );
}
