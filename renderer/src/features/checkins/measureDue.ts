import {
  daysUntilDue,
  INSTRUMENTS,
  type Instrument,
  type Measure,
} from '../../../../shared/measures';

/** For Home and the questionnaires section: when each questionnaire is next suggested. */
export interface DueStatus {
  instrument: Instrument;
  lastDate: string | null;
  /** Days until due (0 or less = due now); null when never taken. */
  days: number | null;
}

export function dueStatuses(
  measures: readonly Measure[],
  today: string,
  everyDays: number,
): DueStatus[] {
  return (['phq9', 'gad7'] as const).map((id) => {
    const last = measures
      .filter((m) => m.instrument === id)
      .reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
    return {
      instrument: INSTRUMENTS[id],
      lastDate: last,
      days: daysUntilDue(last, today, everyDays),
    };
  });
}
