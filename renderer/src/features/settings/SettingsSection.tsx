import { useId, type ReactNode } from 'react';

/** A titled part of the Settings page: h2 for the four sections, h3 for the parts within. */
export function SettingsSection({
  level,
  title,
  intro,
  children,
}: {
  level: 2 | 3;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={level === 2 ? 'settings-section' : 'settings-part'} aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
