import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createReminderScheduler,
  nextReminderAt,
  parseReminderTime,
  type ReminderClock,
} from '../../../electron/core/plans/reminderSchedule';

const originalTz = process.env.TZ;
const useZone = (zone: string): void => {
  process.env.TZ = zone;
};
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('next rehearsal reminder', () => {
  beforeAll(() => {
    useZone('Europe/London');
  });

  it('is never when reminders are off', () => {
    expect(nextReminderAt(new Date('2026-06-10T06:00:00Z'), false)).toBeNull();
  });

  it('is today at 09:00 before nine, and tomorrow from nine on', () => {
    // June: London is UTC+1, so 09:00 local is 08:00Z.
    expect(nextReminderAt(new Date('2026-06-10T06:00:00Z'), true)?.toISOString()).toBe(
      '2026-06-10T08:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-06-10T08:00:00Z'), true)?.toISOString()).toBe(
      '2026-06-11T08:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-06-10T08:00:01Z'), true)?.toISOString()).toBe(
      '2026-06-11T08:00:00.000Z',
    );
  });

  it('crosses midnight, the end of a month and the end of a year', () => {
    expect(nextReminderAt(new Date('2026-06-30T22:59:00Z'), true)?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    // 00:00 local on 1 July is still before nine: the same day.
    expect(nextReminderAt(new Date('2026-06-30T23:00:00Z'), true)?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-12-31T23:30:00Z'), true)?.toISOString()).toBe(
      '2027-01-01T09:00:00.000Z',
    );
  });

  it('stays at 09:00 on the wall clock when the clocks go forward (a 22-hour wait)', () => {
    // 29 March 2026: London moves from GMT to BST at 01:00 GMT.
    const now = new Date('2026-03-28T10:00:00Z'); // 10:00 GMT
    const next = nextReminderAt(now, true);
    expect(next?.toISOString()).toBe('2026-03-29T08:00:00.000Z'); // 09:00 BST
    expect((next?.getTime() ?? 0) - now.getTime()).toBe(22 * 3_600_000);
  });

  it('stays at 09:00 on the wall clock when the clocks go back (a 24-hour wait)', () => {
    // 25 October 2026: London moves from BST back to GMT at 02:00 BST.
    const now = new Date('2026-10-24T09:00:00Z'); // 10:00 BST
    const next = nextReminderAt(now, true);
    expect(next?.toISOString()).toBe('2026-10-25T09:00:00.000Z'); // 09:00 GMT
    expect(next?.getHours()).toBe(9);
  });
});

describe('a reminder time inside a daylight-saving change (New York)', () => {
  beforeAll(() => {
    useZone('America/New_York');
  });

  it('falls just after the gap when the clocks skip it', () => {
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist that day.
    const next = nextReminderAt(new Date('2026-03-08T05:00:00Z'), true, { hour: 2, minute: 30 });
    expect(next?.toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('happens once when the clocks repeat it', () => {
    // 1 November 2026: 01:00–02:00 happens twice. The first 01:30 (EDT) has passed.
    const afterFirst = new Date('2026-11-01T05:31:00Z'); // 01:31 EDT
    const next = nextReminderAt(afterFirst, true, { hour: 1, minute: 30 });
    expect(next?.toISOString()).toBe('2026-11-02T06:30:00.000Z'); // 01:30 EST, next day
  });
});

describe('the reminder time from settings', () => {
  it('reads a 24-hour "HH:MM"', () => {
    expect(parseReminderTime('07:30')).toEqual({ hour: 7, minute: 30 });
    expect(parseReminderTime('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseReminderTime('23:59')).toEqual({ hour: 23, minute: 59 });
  });

  it('falls back to 09:00 for a missing or impossible time', () => {
    for (const bad of [undefined, '', '24:00', '7:30', '12:60', '09:00:00', 'nine']) {
      expect(parseReminderTime(bad)).toEqual({ hour: 9, minute: 0 });
    }
  });
});

describe('the reminder scheduler, on a fake clock', () => {
  beforeAll(() => {
    useZone('Europe/London');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const fakeClock = (): ReminderClock => ({
    now: () => new Date(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
  });

  it('does nothing while reminders are off', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') });
    const notify = vi.fn();
    const scheduler = createReminderScheduler(fakeClock(), notify);
    scheduler.update({ reminders: false });
    expect(scheduler.nextAt()).toBeNull();
    vi.advanceTimersByTime(3 * 86_400_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('reminds once a day at nine, and re-arms for the next day', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') });
    const notify = vi.fn();
    const scheduler = createReminderScheduler(fakeClock(), notify);
    scheduler.update({ reminders: true });
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-10T08:00:00.000Z');
    vi.advanceTimersByTime(2 * 3_600_000 - 1);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(notify).toHaveBeenCalledOnce();
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-11T08:00:00.000Z');
    vi.advanceTimersByTime(2 * 86_400_000);
    expect(notify).toHaveBeenCalledTimes(3);
  });

  it('keeps one timer when told the same settings again, and stops when turned off', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') });
    const notify = vi.fn();
    const scheduler = createReminderScheduler(fakeClock(), notify);
    scheduler.update({ reminders: true });
    scheduler.update({ reminders: true });
    expect(vi.getTimerCount()).toBe(1);
    scheduler.update({ reminders: false });
    expect(vi.getTimerCount()).toBe(0);
    expect(scheduler.nextAt()).toBeNull();
    vi.advanceTimersByTime(86_400_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('waits again when a timer fires early, and carries on after a failed notification', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') });
    const fired: (() => void)[] = [];
    const clock: ReminderClock = {
      now: () => new Date(),
      setTimer: (callback) => {
        fired.push(callback);
        return fired.length;
      },
      clearTimer: () => undefined,
    };
    const notify = vi.fn(() => {
      throw new Error('no notification server');
    });
    const scheduler = createReminderScheduler(clock, notify);
    scheduler.update({ reminders: true });
    fired.shift()?.(); // an hour early
    expect(notify).not.toHaveBeenCalled();
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-10T08:00:00.000Z');
    vi.setSystemTime(new Date('2026-06-10T08:00:00Z'));
    fired.shift()?.();
    expect(notify).toHaveBeenCalledOnce();
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-11T08:00:00.000Z');
  });

  it('fires once after a long sleep that missed the time, then returns to nine', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') });
    const fired: (() => void)[] = [];
    const notify = vi.fn();
    const scheduler = createReminderScheduler(
      {
        now: () => new Date(),
        setTimer: (callback) => fired.push(callback),
        clearTimer: () => undefined,
      },
      notify,
    );
    scheduler.update({ reminders: true });
    vi.setSystemTime(new Date('2026-06-12T13:00:00Z')); // asleep for two days
    fired.shift()?.();
    expect(notify).toHaveBeenCalledOnce();
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-13T08:00:00.000Z');
  });

  it('follows the chosen time, and moves the armed reminder when the time changes', () => {
    vi.useFakeTimers({ now: new Date('2026-06-10T06:00:00Z') }); // 07:00 in London
    const notify = vi.fn();
    const scheduler = createReminderScheduler(fakeClock(), notify);
    scheduler.update({ reminders: true, reminderTime: '20:15' });
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-10T19:15:00.000Z');
    // An earlier time later the same morning: today, not tomorrow; still one timer.
    scheduler.update({ reminders: true, reminderTime: '07:45' });
    expect(vi.getTimerCount()).toBe(1);
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-10T06:45:00.000Z');
    vi.advanceTimersByTime(45 * 60_000);
    expect(notify).toHaveBeenCalledOnce();
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-11T06:45:00.000Z');
    // Settings read again without a time keep the chosen one.
    scheduler.update({ reminders: true });
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-11T06:45:00.000Z');
    // Changing the time while off arms nothing; turning on uses the new time (08:00 is
    // still ahead: it is 07:45 in London).
    scheduler.update({ reminders: false, reminderTime: '08:00' });
    expect(vi.getTimerCount()).toBe(0);
    scheduler.update({ reminders: true, reminderTime: '08:00' });
    expect(scheduler.nextAt()?.toISOString()).toBe('2026-06-10T07:00:00.000Z');
  });
});
