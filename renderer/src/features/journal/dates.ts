const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as the user's local calendar day (one definition, for the whole renderer). */
export { todayLocal } from '../../app/dates/today';

/** A calendar day as a local Date at midnight, or null if it isn't a real day. */
export function parseLocalDate(iso: string): Date | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}

export function isValidDate(iso: string): boolean {
  return parseLocalDate(iso) !== null;
}

const longFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

export function formatLongDate(iso: string): string {
  const date = parseLocalDate(iso);
  return date ? longFormat.format(date) : iso;
}

export function formatShortDate(iso: string): string {
  const date = parseLocalDate(iso);
  return date ? shortFormat.format(date) : iso;
}

export function formatMonth(iso: string): string {
  const date = parseLocalDate(iso);
  return date ? monthFormat.format(date) : iso.slice(0, 7);
}
