import type { GoalMeasure } from '../../../../shared/goals';
import { parseDay, parseNumber } from './goalDraft';
import { goalStrings as s } from './strings';

/** Reads a check-in as typed: the value (and date) or what to fix beside each. */
export function readCheckin(
  measure: GoalMeasure,
  valueText: string,
  dateText: string,
  today: string,
): { value: number | null; date: string | null; valueError?: string; dateError?: string } {
  const out: ReturnType<typeof readCheckin> = { value: null, date: null };
  const value = parseNumber(valueText);
  if (value === null || Number.isNaN(value)) out.valueError = s.notANumber;
  else if (measure.kind === 'rating' && (value < 0 || value > 10)) out.valueError = s.ratingRange;
  else out.value = value;
  const day = parseDay(dateText);
  if (day.error !== undefined || day.day === null) out.dateError = day.error ?? s.dateInvalid;
  else if (day.day > today) out.dateError = s.dateFuture;
  else out.date = day.day;
  return out;
}

export function valueLabel(measure: GoalMeasure): string {
  switch (measure.kind) {
    case 'rating':
      return s.checkinValueRating;
    case 'habit':
      return s.checkinValueHabit(measure.habitPeriod);
    case 'number':
      return s.checkinValue(measure.unit.trim());
  }
}
