import { useId } from 'react';
import { MOOD_LABELS } from '../../../../shared/checkin';
import type { EntryFilter } from './timeline';
import { isFiltered } from './timeline';
import { viewStrings as v } from './viewStrings';

interface Props {
  filter: EntryFilter;
  onChange: (filter: EntryFilter) => void;
  tags: { tag: string; count: number }[];
  goals: { id: string; title: string }[];
}

const MOODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const orUndefined = (value: string) => (value === '' ? undefined : value);
const numberOrUndefined = (value: string) => (value === '' ? undefined : Number(value));

/** Tag, mood range, date range and linked goal: every choice narrows the timeline. */
export function FilterBar({ filter, onChange, tags, goals }: Props) {
  const id = useId();
  const set = (patch: EntryFilter) => {
    onChange({ ...filter, ...patch });
  };
  const moodSelect = (key: 'moodMin' | 'moodMax', label: string) => (
    <div className="filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key] ?? ''}
        onChange={(e) => {
          set({ [key]: numberOrUndefined(e.target.value) });
        }}
      >
        <option value="">{v.anyMood}</option>
        {MOODS.map((n) => (
          <option key={n} value={n}>
            {n} — {MOOD_LABELS[n]}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{v.filters}</legend>
      <div className="filter">
        <label htmlFor={`${id}-tag`}>{v.tagFilter}</label>
        <select
          id={`${id}-tag`}
          value={filter.tag ?? ''}
          onChange={(e) => {
            set({ tag: orUndefined(e.target.value) });
          }}
        >
          <option value="">{v.anyTag}</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </div>
      {moodSelect('moodMin', v.moodFrom)}
      {moodSelect('moodMax', v.moodTo)}
      <div className="filter">
        <label htmlFor={`${id}-from`}>{v.dateFrom}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => {
            set({ from: orUndefined(e.target.value) });
          }}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-to`}>{v.dateTo}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => {
            set({ to: orUndefined(e.target.value) });
          }}
        />
      </div>
      {goals.length > 0 && (
        <div className="filter">
          <label htmlFor={`${id}-goal`}>{v.goalFilter}</label>
          <select
            id={`${id}-goal`}
            value={filter.goalId ?? ''}
            onChange={(e) => {
              set({ goalId: orUndefined(e.target.value) });
            }}
          >
            <option value="">{v.anyGoal}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {isFiltered(filter) && (
        <button
          type="button"
          className="button button--quiet filter-bar__clear"
          onClick={() => {
            onChange({});
          }}
        >
          {v.clearFilters}
        </button>
      )}
    </fieldset>
  );
}
