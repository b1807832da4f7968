import { goalStrings as s } from './strings';

/** Percent of the way, as a bar and always as words too (never colour alone). */
export function ProgressBar({ title, percent }: { title: string; percent: number | null }) {
  return (
    <div className="goal-progress">
      {percent !== null && (
        <progress
          className="goal-progress__bar"
          max={100}
          value={percent}
          aria-label={s.progressLabel(title)}
        />
      )}
      <span className="goal-progress__text">{s.progress(percent)}</span>
    </div>
  );
}
