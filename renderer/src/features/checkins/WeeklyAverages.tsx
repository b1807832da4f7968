import type { MoodCheckin } from '../../../../shared/checkin';
import { useDateFormatter } from '../../app/useDateFormatter';
import { Bar } from './Bar';
import { checkinStrings as s, num } from './strings';
import { weeklyAverages } from './trends';

/** Average mood per week (the last eight weeks with check-ins), with its number in words. */
export function WeeklyAverages({
  checkins,
  weekStart,
}: {
  checkins: readonly MoodCheckin[];
  weekStart: number;
}) {
  const dates = useDateFormatter();
  const weeks = weeklyAverages(checkins, weekStart).slice(0, 8);
  return (
    <section aria-labelledby="checkins-weekly">
      <h3 id="checkins-weekly">{s.weeklyHeading}</h3>
      {weeks.length === 0 ? (
        <p className="muted">{s.weeklyEmpty}</p>
      ) : (
        <ul className="weekly-list">
          {weeks.map((w) => (
            <li key={w.weekStart}>
              <span className="weekly-list__week">{s.weekOf(dates.format(w.weekStart))}</span>
              <Bar value={w.average} max={10} />
              <span>{s.weekAverage(num(w.average), w.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
