import type { Settings } from '../../../../shared/contract';
import { todayLocal as isoDay } from './today';

/**
 * Dates as the user asked for them (Settings → Journal → Date format). Pure, so it is
 * unit-tested with a pinned date; the hook `useDateFormatter` feeds it the setting.
 */
export type DateFormat = Settings['dateFormat'];
export type DateStyle = 'short' | 'long';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day (YYYY-MM-DD) as local midnight; anything else through Date. */
export function toDate(value: Date | string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const day = ISO_DAY.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(y, m - 1, d);
    return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
      ? date
      : null;
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** The locale that gives each format its order; `undefined` means the system's own. */
const LOCALES: Record<Exclude<DateFormat, 'iso'>, string | undefined> = {
  system: undefined,
  'day-month': 'en-GB',
  'month-day': 'en-US',
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

export function formatDate(
  value: Date | string,
  format: DateFormat,
  style: DateStyle = 'short',
): string {
  const date = toDate(value);
  if (!date) return typeof value === 'string' ? value : '';
  if (format === 'iso') {
    if (style === 'short') return isoDay(date);
    return `${formatter(undefined, { weekday: 'long' }).format(date)}, ${isoDay(date)}`;
  }
  return formatter(LOCALES[format], style === 'short' ? SHORT : LONG).format(date);
}
