import { useId, useMemo, useState } from 'react';
import { addDays, localDay } from '../../../../shared/dates';
import { allTraps, trapName } from '../../../../shared/thinkingTraps';
import { THOUGHT_STEPS, hotThought, type ThoughtRecord } from '../../../../shared/thoughtRecords';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useCustomTraps, useGoalNames } from './queries';
import { changeLines } from './recordText';
import { thoughtStrings as s } from './strings';

type PeriodKey = keyof typeof s.periods;
const PERIOD_DAYS: Record<PeriodKey, number | null> = {
  all: null,
  week: 7,
  month: 30,
  quarter: 91,
  year: 365,
};

interface Filters {
  trap: string;
  tag: string;
  goal: string;
  period: PeriodKey;
}
const NO_FILTERS: Filters = { trap: '', tag: '', goal: '', period: 'all' };

export function filterRecords(
  records: readonly ThoughtRecord[],
  filters: Filters,
  today: string,
): ThoughtRecord[] {
  const days = PERIOD_DAYS[filters.period];
  const from = days === null ? null : addDays(today, -(days - 1));
  const tag = filters.tag.toLocaleLowerCase();
  return records.filter(
    (r) =>
      (filters.trap === '' || r.traps.includes(filters.trap)) &&
      (tag === '' || r.tags.some((t) => t.toLocaleLowerCase() === tag)) &&
      (filters.goal === '' || r.goalIds.includes(filters.goal)) &&
      (from === null || r.date >= from),
  );
}

/** The records, newest first, with filters by trap, tag, linked goal and period. */
export function RecordList({
  records,
  onOpen,
}: {
  records: ThoughtRecord[];
  onOpen: (record: ThoughtRecord) => void;
}) {
  const id = useId();
  const dates = useDateFormatter();
  const traps = allTraps(useCustomTraps().data ?? []);
  const goals = useGoalNames().data ?? [];
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const shown = useMemo(
    () => filterRecords(records, filters, localDay(new Date())),
    [records, filters],
  );
  const tags = useMemo(() => {
    const byKey = new Map<string, string>();
    for (const r of records) for (const t of r.tags) byKey.set(t.toLocaleLowerCase(), t);
    return [...byKey.values()].sort((a, b) => a.localeCompare(b));
  }, [records]);
  const usedTraps = traps.filter((t) => records.some((r) => r.traps.includes(t.id)));
  const linkedGoals = goals.filter((g) => records.some((r) => r.goalIds.includes(g.id)));
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const select = (key: keyof Filters, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key]}
        onChange={(e) => {
          setFilters((f) => ({ ...f, [key]: e.target.value }));
        }}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-h`} className="record-list">
      <h2 id={`${id}-h`}>{s.listHeading}</h2>
      <fieldset className="record-filters">
        <legend className="visually-hidden">{s.filters.legend}</legend>
        {select('trap', s.filters.trap, [
          ['', s.filters.any],
          ...usedTraps.map((t): [string, string] => [t.id, t.name]),
        ])}
        {select('tag', s.filters.tag, [
          ['', s.filters.any],
          ...tags.map((t): [string, string] => [t, t]),
        ])}
        {select('goal', s.filters.goal, [
          ['', s.filters.any],
          ...linkedGoals.map((g): [string, string] => [g.id, g.title]),
        ])}
        {select(
          'period',
          s.filters.period,
          (Object.keys(s.periods) as PeriodKey[]).map((k): [string, string] => [k, s.periods[k]]),
        )}
        {filtered && (
          <button
            type="button"
            className="button button--quiet record-filters__clear"
            onClick={() => {
              setFilters(NO_FILTERS);
            }}
          >
            {s.filters.clear}
          </button>
        )}
      </fieldset>
      <p className="muted record-count" role="status">
        {s.count(shown.length, records.length)}
      </p>
      {shown.length === 0 ? (
        <p className="empty-state">{s.noMatches}</p>
      ) : (
        <ul className="record-cards">
          {shown.map((record) => {
            const hot = hotThought(record);
            const changes = changeLines(record);
            return (
              <li key={record.id}>
                <button
                  type="button"
                  className="record-card"
                  onClick={() => {
                    onOpen(record);
                  }}
                >
                  <span className="record-card__top">
                    <span className="record-card__date">{dates.format(record.date, 'long')}</span>
                    <span className={`badge badge--${record.status}`}>
                      {record.status === 'draft'
                        ? s.draftStep(record.step + 1, THOUGHT_STEPS.length)
                        : s.complete}
                    </span>
                  </span>
                  <span className="record-card__thought">
                    {hot && hot.text.trim() !== '' ? `“${hot.text}”` : s.noHotThought}
                  </span>
                  {record.traps.length > 0 && (
                    <span className="record-card__traps">
                      {s.trapsLabel} {record.traps.map((t) => trapName(t, traps)).join(', ')}
                    </span>
                  )}
                  {changes.length > 0 && (
                    <span className="record-card__change">{changes.join(' · ')}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
