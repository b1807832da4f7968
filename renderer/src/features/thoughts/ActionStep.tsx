import { useId, useState } from 'react';
import { THOUGHT_LIMITS } from '../../../../shared/thoughtRecords';
import { LongTextField } from './LongTextField';
import { useGoalNames } from './queries';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim().replace(/[#\n]/g, '').slice(0, 40))
    .filter((t) => t !== '')
    .slice(0, THOUGHT_LIMITS.tags);
}

/** Optional action and outcome, plus tags and linked goals. */
export function ActionStep({ draft, update }: StepProps) {
  const id = useId();
  const goals = useGoalNames();
  const [tagText, setTagText] = useState(draft.tags.join(', '));
  const known = goals.data ?? [];
  return (
    <>
      <LongTextField
        label={s.action}
        value={draft.action}
        max={THOUGHT_LIMITS.textMaxLength}
        rows={3}
        onChange={(action) => {
          update({ action });
        }}
      />
      <LongTextField
        label={s.outcome}
        value={draft.outcome}
        max={THOUGHT_LIMITS.textMaxLength}
        rows={3}
        onChange={(outcome) => {
          update({ outcome });
        }}
      />
      <div className="field">
        <label htmlFor={`${id}-tags`}>{s.tags}</label>
        <input
          id={`${id}-tags`}
          type="text"
          value={tagText}
          onChange={(e) => {
            setTagText(e.target.value);
            update({ tags: parseTags(e.target.value) });
          }}
        />
      </div>
      <fieldset className="goal-links">
        <legend>{s.goals}</legend>
        {known.length === 0 && draft.goalIds.length === 0 ? (
          <p className="muted">{s.noGoals}</p>
        ) : (
          <ul>
            {known.map((goal) => (
              <li key={goal.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={draft.goalIds.includes(goal.id)}
                    onChange={(e) => {
                      update({
                        goalIds: e.target.checked
                          ? [...draft.goalIds, goal.id]
                          : draft.goalIds.filter((g) => g !== goal.id),
                      });
                    }}
                  />
                  {goal.title}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
