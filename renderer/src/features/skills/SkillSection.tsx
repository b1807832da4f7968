import { useId, type ReactNode } from 'react';

/** A titled part of a skill's page or of "What helps me": a section named by its h2. */
export function SkillSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="skill-page__section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
