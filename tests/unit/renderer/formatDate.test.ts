import { describe, expect, it } from 'vitest';
import { formatDate, toDate } from '../../../renderer/src/app/dates/formatDate';

const day = '2026-11-05';

describe('dates per the date-format setting', () => {
  it('year-month-day', () => {
    expect(formatDate(day, 'iso')).toBe('2026-11-05');
    expect(formatDate(day, 'iso', 'long')).toMatch(/, 2026-11-05$/);
  });

  it('day month year', () => {
    expect(formatDate(day, 'day-month')).toBe('5 Nov 2026');
    // ICU versions differ on the comma after the weekday.
    expect(formatDate(day, 'day-month', 'long')).toMatch(/^Thursday,? 5 November 2026$/);
  });

  it('month day, year', () => {
    expect(formatDate(day, 'month-day')).toBe('Nov 5, 2026');
    expect(formatDate(day, 'month-day', 'long')).toBe('Thursday, November 5, 2026');
  });

  it("the system's own order", () => {
    expect(formatDate(day, 'system')).toBe(
      new Intl.DateTimeFormat(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(2026, 10, 5)),
    );
  });

  it('takes a calendar day as that local day (never shifted by the time zone)', () => {
    const date = toDate(day);
    expect(date?.getDate()).toBe(5);
    expect(date?.getHours()).toBe(0);
  });

  it('takes Date values too', () => {
    expect(formatDate(new Date(2026, 0, 31), 'iso')).toBe('2026-01-31');
  });

  it('shows an impossible or unreadable date as given, not as "Invalid Date"', () => {
    expect(formatDate('2026-02-30', 'iso')).toBe('2026-02-30');
    expect(formatDate('not a date', 'day-month')).toBe('not a date');
  });
});
