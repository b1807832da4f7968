import { useId, useState } from 'react';
import { THOUGHT_LIMITS, type AutomaticThought } from '../../../../shared/thoughtRecords';
import { newItemId } from './ids';
import { LongTextField } from './LongTextField';
import { RatingField } from './RatingField';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

/** Automatic thoughts: several, each with a belief rating; one marked as the hot thought. */
export function ThoughtsStep({ draft, update }: StepProps) {
  const group = useId();
  const thoughts = draft.thoughts;
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const setThought = (id: string, patch: Partial<AutomaticThought>) => {
    update({ thoughts: thoughts.map((t) => (t.id === id ? { ...t, ...patch } : t)) });
  };
  const addThought = () => {
    const id = newItemId();
    setJustAdded(id);
    update({
      thoughts: [
        ...thoughts,
        // The first thought is the hot one until the user says otherwise.
        { id, text: '', belief: 50, hot: thoughts.length === 0 },
      ],
    });
  };
  return (
    <>
      {thoughts.length === 0 && <p className="muted">{s.thoughtsEmpty}</p>}
      <ol className="thought-list">
        {thoughts.map((thought, index) => (
          <li key={thought.id} className="thought-item">
            <fieldset>
              <legend className="visually-hidden">{s.thoughtLabel(index + 1)}</legend>
              <LongTextField
                label={s.thoughtLabel(index + 1)}
                value={thought.text}
                max={THOUGHT_LIMITS.thoughtMaxLength}
                rows={2}
                autoFocus={thought.id === justAdded}
                onChange={(text) => {
                  setThought(thought.id, { text });
                }}
              />
              <RatingField
                label={s.thoughtBelief(index + 1)}
                value={thought.belief}
                onChange={(belief) => {
                  setThought(thought.id, { belief });
                }}
              />
              <div className="thought-item__row">
                <label className="checkbox hot-radio">
                  <input
                    type="radio"
                    name={`${group}-hot`}
                    checked={thought.hot}
                    onChange={() => {
                      update({
                        thoughts: thoughts.map((t) => ({ ...t, hot: t.id === thought.id })),
                      });
                    }}
                  />
                  {s.hotRadio}
                  <span className="visually-hidden"> ({s.thoughtLabel(index + 1)})</span>
                </label>
                <button
                  type="button"
                  className="button button--quiet button--danger-text"
                  aria-label={s.removeNamed(s.thoughtLabel(index + 1))}
                  onClick={() => {
                    update({ thoughts: thoughts.filter((t) => t.id !== thought.id) });
                  }}
                >
                  {s.remove}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {thoughts.length > 0 && !thoughts.some((t) => t.hot) && (
        <p className="notice notice--warning">{s.hotNeeded}</p>
      )}
      {thoughts.length < THOUGHT_LIMITS.thoughts && (
        <button type="button" className="button" onClick={addThought}>
          <span aria-hidden="true">+ </span>
          {s.addThought}
        </button>
      )}
    </>
  );
}
