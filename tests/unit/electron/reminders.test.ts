import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  class FakeNotification {
    static supported = true;
    static shown: FakeNotification[] = [];
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: Record<string, unknown>) {}
    static isSupported(): boolean {
      return FakeNotification.supported;
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      FakeNotification.shown.push(this);
    }
  }
  return { Notification: FakeNotification };
});
vi.mock('electron', () => electron);

const { REMINDER_BODY, reminderOptions, showRehearsalReminder } =
  await import('../../../electron/main/reminders');

describe('rehearsal reminder notification', () => {
  it('says only the generic line, quietly, with no plan or journal text', () => {
    expect(REMINDER_BODY).toBe('Time to rehearse your plans');
    expect(reminderOptions()).toEqual({
      title: 'Waypoint',
      body: 'Time to rehearse your plans',
      silent: true,
    });
  });

  it('shows that notification, and a click brings the app forward', () => {
    const onClick = vi.fn();
    showRehearsalReminder(onClick);
    const shown = electron.Notification.shown.at(-1);
    expect(shown?.options).toEqual(reminderOptions());
    shown?.listeners.get('click')?.();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('shows nothing where notifications are not supported', () => {
    electron.Notification.supported = false;
    const before = electron.Notification.shown.length;
    showRehearsalReminder(vi.fn());
    expect(electron.Notification.shown.length).toBe(before);
    electron.Notification.supported = true;
  });
});
