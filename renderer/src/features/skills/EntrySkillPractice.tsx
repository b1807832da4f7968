import './skills.css';
import { useId, useState } from 'react';
import { PracticeDialog, type PracticeTarget } from './PracticeDialog';
import { skillStrings as s } from './strings';

/** In an entry's side panel: log a skill practice linked to this entry. */
export function EntrySkillPractice({ entryId }: { entryId: string }) {
  const ids = useId();
  const [target, setTarget] = useState<PracticeTarget | null>(null);
  const [status, setStatus] = useState('');
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
          setTarget({ entryId });
        }}
      >
        {s.logPractice}
      </button>
      <span className="inline-status" role="status">
        {status}
      </span>
      <PracticeDialog
        target={target}
        onClose={() => {
          setTarget(null);
        }}
        onLogged={(name) => {
          setStatus(s.logged(name));
        }}
      />
    </section>
  );
}
