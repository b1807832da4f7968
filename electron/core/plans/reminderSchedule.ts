/**
 * When the daily "rehearse your plans" reminder is due, and a small scheduler that keeps one
 * timer armed for it. Pure logic: the clock and the timer are passed in, so tests run with a
 * fake clock in any time zone. Showing the notification is electron/main's job (reminders.ts).
 */

/** A time of day in the user's local time. */
export interface ReminderTime {
  hour: number;
  minute: number;
}

/** Mornings suit a rehearsal before the day starts (the setting's default too). */
export const DEFAULT_REMINDER_TIME: ReminderTime = { hour: 9, minute: 0 };

/** "HH:MM" (24-hour) from settings as a time of day; anything else falls back to 09:00. */
export function parseReminderTime(text: string | undefined): ReminderTime {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text ?? '');
  if (!match) return DEFAULT_REMINDER_TIME;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The next moment strictly after `now` when the reminder is due, or null when reminders are
 * off. Built from local calendar fields, so it stays at the chosen time on the wall clock across
 * daylight-saving changes; a time that a spring-forward gap skips falls just after the gap,
 * and a time repeated by a fall-back happens once (its first occurrence).
 */
export function nextReminderAt(
  now: Date,
  enabled: boolean,
  time: ReminderTime = DEFAULT_REMINDER_TIME,
): Date | null {
  if (!enabled) return null;
  for (let day = 0; day <= 2; day += 1) {
    const at = new Date(
      now.getFullYear(),
      now.getMonth(),
      now.getDate() + day,
      time.hour,
      time.minute,
      0,
      0,
    );
    if (at.getTime() > now.getTime()) return at;
  }
  return null;
}

export interface ReminderClock {
  now: () => Date;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

export interface ReminderScheduler {
  /**
   * Called with the settings whenever main learns them; arms, re-arms (a new time) or
   * disarms the timer. Without `reminderTime` the time stays as it was.
   */
  update: (settings: { reminders: boolean; reminderTime?: string }) => void;
  /** When the armed reminder will fire (null when off). */
  nextAt: () => Date | null;
  stop: () => void;
}

/** A timer may fire a little early; earlier than this means "not yet", so wait again. */
const EARLY_TOLERANCE_MS = 1000;

export function createReminderScheduler(
  clock: ReminderClock,
  notify: () => void,
  initialTime: ReminderTime = DEFAULT_REMINDER_TIME,
): ReminderScheduler {
  let enabled = false;
  let time = initialTime;
  let handle: unknown = null;
  let due: Date | null = null;

  const disarm = (): void => {
    if (handle !== null) clock.clearTimer(handle);
    handle = null;
    due = null;
  };

  const arm = (): void => {
    disarm();
    const now = clock.now();
    const next = nextReminderAt(now, enabled, time);
    if (next === null) return;
    due = next;
    handle = clock.setTimer(() => {
      handle = null;
      if (clock.now().getTime() >= next.getTime() - EARLY_TOLERANCE_MS) {
        try {
          notify();
        } catch {
          // A failed notification must not stop tomorrow's.
        }
      }
      arm();
    }, next.getTime() - now.getTime());
  };

  return {
    update: ({ reminders, reminderTime }) => {
      const nextTime = reminderTime === undefined ? time : parseReminderTime(reminderTime);
      const sameTime = nextTime.hour === time.hour && nextTime.minute === time.minute;
      if (reminders === enabled && sameTime) return;
      enabled = reminders;
      time = nextTime;
      arm();
    },
    nextAt: () => due,
    stop: () => {
      enabled = false;
      disarm();
    },
  };
}
