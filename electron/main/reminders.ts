/**
 * The rehearsal reminder's notification. Its text is fixed and generic on purpose: a
 * notification can show on a lock screen, so it never carries plan or journal text. When it
 * is due comes from electron/core/plans/reminderSchedule.ts.
 */
import { Notification, type NotificationConstructorOptions } from 'electron';
import { createReminderScheduler, type ReminderScheduler } from '../core/plans/reminderSchedule';

export const REMINDER_TITLE = 'Waypoint';
export const REMINDER_BODY = 'Time to rehearse your plans';

export function reminderOptions(): NotificationConstructorOptions {
  return { title: REMINDER_TITLE, body: REMINDER_BODY, silent: true };
}

/** Shows the reminder; a click brings Waypoint forward (it opens locked or where it was). */
export function showRehearsalReminder(onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification(reminderOptions());
  notification.on('click', onClick);
  notification.show();
}

/**
 * The daily reminder on the real clock; main feeds it the settings as it learns them (on/off
 * and the chosen time, `reminderTime`, which re-arms it).
 */
export function createRehearsalReminders(onClick: () => void): ReminderScheduler {
  return createReminderScheduler(
    {
      now: () => new Date(),
      setTimer: (callback, ms) => {
        const timer = setTimeout(callback, ms);
        // A pending reminder never keeps the app alive on its own.
        timer.unref();
        return timer;
      },
      clearTimer: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
      },
    },
    () => {
      showRehearsalReminder(onClick);
    },
  );
}
