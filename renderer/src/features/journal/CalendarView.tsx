import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EntrySummary } from '../../../../shared/journal';
import { useLiveSettings } from '../settings/queries';
import { formatLongDate, formatMonth, todayLocal } from './dates';
import { addDays, addMonths, monthMarkers, monthWeeks } from './timeline';
import { viewStrings as v } from './viewStrings';

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
/** Weekday names from `weekStart` on (2023-12-31 was a Sunday, day 0). */
function weekdays(weekStart: number): { short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(2023, 11, 31 + weekStart + i);
    return { short: weekdayFormat.format(day), long: weekdayLong.format(day) };
  });
}

/**
 * A month of days as a grid. One day is the tab stop; arrows move a day or a week, Page Up
 * and Page Down a month, Home and End to the week's ends; Enter shows that day's entries.
 * Days with entries show their count and mood as numbers (never colour alone).
 */
export function CalendarView({
  entries,
  onPickDay,
  initialDay,
}: {
  entries: EntrySummary[];
  onPickDay: (date: string) => void;
  initialDay?: string | undefined;
}) {
  const settings = useLiveSettings();
  const weekStart = settings.data?.weekStart ?? 1;
  const [focused, setFocused] = useState(initialDay ?? todayLocal());
  const gridRef = useRef<HTMLTableElement>(null);
  const moveFocus = useRef(false);
  const headingId = useId();
  const hintId = useId();
  const month = focused.slice(0, 7);
  const markers = monthMarkers(entries, month);
  const monthName = formatMonth(`${month}-01`);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const go = (day: string, focus = true) => {
    moveFocus.current = focus;
    setFocused(day);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const weekday = (new Date(`${focused}T12:00:00`).getDay() - weekStart + 7) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => addDays(focused, -weekday),
      End: () => addDays(focused, 6 - weekday),
      PageUp: () => addMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focused, event.shiftKey ? 12 : 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    go(move());
  };

  return (
    <div className="calendar">
      <div className="calendar__bar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            go(addMonths(focused, -1), false);
          }}
        >
          <span aria-hidden="true">← </span>
          {v.prevMonth}
        </button>
        <h2 id={headingId} className="calendar__month" aria-live="polite">
          {monthName}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            go(addMonths(focused, 1), false);
          }}
        >
          {v.nextMonth}
          <span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            go(todayLocal(), false);
          }}
        >
          {v.thisMonth}
        </button>
      </div>
      <p id={hintId} className="meta__hint">
        {v.calendarHint}
      </p>
      <table
        ref={gridRef}
        role="grid"
        className="calendar__grid"
        aria-labelledby={headingId}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {weekdays(weekStart).map((name) => (
              <th key={name.long} scope="col" abbr={name.long}>
                {name.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(focused, weekStart).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                if (day === null) return <td key={`empty-${String(d)}`} role="gridcell" />;
                const marker = markers.get(day);
                const count = marker?.count ?? 0;
                const mood = marker?.mood ?? null;
                return (
                  <td key={day} role="gridcell" aria-selected={day === focused}>
                    <button
                      type="button"
                      data-date={day}
                      tabIndex={day === focused ? 0 : -1}
                      className={count > 0 ? 'calendar__day has-entries' : 'calendar__day'}
                      data-mood={mood ?? undefined}
                      aria-current={day === todayLocal() ? 'date' : undefined}
                      aria-label={v.dayCell(formatLongDate(day), count, mood)}
                      onFocus={() => {
                        if (day !== focused) setFocused(day);
                      }}
                      onClick={() => {
                        onPickDay(day);
                      }}
                    >
                      <span className="calendar__date">{Number(day.slice(8))}</span>
                      {count > 0 && (
                        <span className="calendar__marks" aria-hidden="true">
                          <span className="calendar__count">● {count}</span>
                          {mood !== null && <span className="calendar__mood">◆ {mood}</span>}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calendar__legend">
        <span aria-hidden="true">●</span> {v.legendCount} <span aria-hidden="true">◆</span>{' '}
        {v.legendMood}
      </p>
    </div>
  );
}
