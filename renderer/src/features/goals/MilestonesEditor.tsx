import { useId } from 'react';
import { todayLocal } from '../../app/dates/today';
import { SkillSelect } from '../skills/SkillPickers';
import { skillStrings } from '../skills/strings';
import type { DraftProps } from './draftProps';
import { FieldError } from './Field';
import { goalStrings as s } from './strings';

const f = s.fields;

function newMilestoneId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** Milestones: add, rename, remove, and mark done (with the day it was done). */
export function MilestonesEditor({ draft, errors, onChange }: DraftProps) {
  const id = useId();
  const list = draft.milestones;
  const update = (index: number, patch: Partial<(typeof list)[number]>) => {
    onChange({ milestones: list.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  };
  return (
    <fieldset className="goal-milestones" aria-describedby={`${id}-hint`}>
      <legend>{f.milestones}</legend>
      <p className="goal-field__hint muted" id={`${id}-hint`}>
        {f.milestonesHint}
      </p>
      {list.length > 0 && (
        <ol className="goal-milestones__list">
          {list.map((m, index) => (
            <li key={m.id} className="goal-milestones__item">
              <label className="visually-hidden" htmlFor={`${id}-${m.id}`}>
                {f.milestoneName(index + 1)}
              </label>
              <input
                id={`${id}-${m.id}`}
                type="text"
                value={m.title}
                aria-invalid={(errors.milestones && m.title.trim() === '') || undefined}
                onChange={(e) => {
                  update(index, { title: e.target.value });
                }}
              />
              <SkillSelect
                label={skillStrings.stepSkillLabel(index + 1)}
                value={m.skillId ?? ''}
                onChange={(skillId) => {
                  update(index, { skillId: skillId === '' ? null : skillId });
                }}
              />
              <label className="checkbox goal-milestones__done">
                <input
                  type="checkbox"
                  checked={m.doneOn !== null}
                  onChange={(e) => {
                    update(index, { doneOn: e.target.checked ? todayLocal() : null });
                  }}
                />
                <span className="visually-hidden">{f.milestoneDone(m.title)}</span>
                <span aria-hidden="true">{f.done}</span>
              </label>
              {m.doneOn !== null && (
                <input
                  type="date"
                  className="goal-milestones__date"
                  aria-label={f.milestoneDoneDate(m.title)}
                  value={m.doneOn}
                  onChange={(e) => {
                    if (e.target.value !== '') update(index, { doneOn: e.target.value });
                  }}
                />
              )}
              <button
                type="button"
                className="button button--quiet"
                aria-label={f.removeMilestone(m.title)}
                onClick={() => {
                  onChange({ milestones: list.filter((_, i) => i !== index) });
                }}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <FieldError id={`${id}-error`} message={errors.milestones} />
      <button
        type="button"
        className="button"
        onClick={() => {
          onChange({ milestones: [...list, { id: newMilestoneId(), title: '', doneOn: null }] });
        }}
      >
        {f.addMilestone}
      </button>
    </fieldset>
  );
}
