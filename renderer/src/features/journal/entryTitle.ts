import { formatShortDate } from './dates';

interface Nameable {
  title: string;
  date: string;
  firstLine: string;
}

/**
 * What to call an entry wherever its title shows: the title, else its date and first line.
 * Only shown, never saved: the record's title stays empty until the person writes one.
 */
export function entryDisplayTitle(
  entry: Nameable,
  formatDate: (iso: string) => string = formatShortDate,
): string {
  const title = entry.title.trim();
  if (title) return title;
  const date = formatDate(entry.date);
  return entry.firstLine ? `${date} — ${entry.firstLine}` : date;
}

/** For lists that give every entry its date: "date — title", else "date — first line". */
export function entryDatedLabel(
  entry: Nameable,
  formatDate: (iso: string) => string = formatShortDate,
): string {
  const title = entry.title.trim();
  return title ? `${formatDate(entry.date)} — ${title}` : entryDisplayTitle(entry, formatDate);
}
