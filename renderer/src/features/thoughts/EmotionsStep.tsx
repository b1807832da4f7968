import { useId, useState } from 'react';
import { THOUGHT_LIMITS } from '../../../../shared/thoughtRecords';
import { newItemId } from './ids';
import { RatingField } from './RatingField';
import type { StepProps } from './stepProps';
import { thoughtStrings as s } from './strings';

/** Emotions: pick from common words or type one; each rated 0–100. */
export function EmotionsStep({ draft, update }: StepProps) {
  const id = useId();
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The emotion just added gets focus, so its rating is the next thing to set.
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const names = new Set(draft.emotions.map((e) => e.name.toLocaleLowerCase()));
  const full = draft.emotions.length >= THOUGHT_LIMITS.emotions;

  function add(raw: string): boolean {
    const name = raw.trim().slice(0, THOUGHT_LIMITS.emotionNameMaxLength);
    if (name === '') return false;
    if (names.has(name.toLocaleLowerCase())) {
      setProblem(s.emotionExists);
      return false;
    }
    setProblem(null);
    const id = newItemId();
    setJustAdded(id);
    update({ emotions: [...draft.emotions, { id, name, before: 50, after: null }] });
    return true;
  }

  return (
    <>
      <fieldset className="emotion-picker">
        <legend>{s.emotionsPick}</legend>
        <ul className="chip-list">
          {s.commonEmotions
            .filter((name) => !names.has(name.toLocaleLowerCase()))
            .map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="chip"
                  disabled={full}
                  onClick={() => {
                    add(name);
                  }}
                >
                  <span aria-hidden="true">+ </span>
                  {name}
                </button>
              </li>
            ))}
        </ul>
        <div className="field">
          <label htmlFor={`${id}-custom`}>{s.emotionCustom}</label>
          <div className="inline-add">
            <input
              id={`${id}-custom`}
              type="text"
              value={custom}
              maxLength={THOUGHT_LIMITS.emotionNameMaxLength}
              disabled={full}
              onChange={(e) => {
                setCustom(e.target.value);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  if (add(custom)) setCustom('');
                }
              }}
            />
            <button
              type="button"
              className="button"
              disabled={full}
              onClick={() => {
                if (add(custom)) setCustom('');
              }}
            >
              {s.emotionAdd}
            </button>
          </div>
        </div>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
      {draft.emotions.length === 0 ? (
        <p className="muted">{s.emotionEmpty}</p>
      ) : (
        <ul className="rated-list">
          {draft.emotions.map((emotion) => (
            <li key={emotion.id} className="rated-item">
              <RatingField
                label={s.emotionIntensity(emotion.name)}
                value={emotion.before}
                autoFocus={emotion.id === justAdded}
                onChange={(before) => {
                  update({
                    emotions: draft.emotions.map((e) =>
                      e.id === emotion.id ? { ...e, before } : e,
                    ),
                  });
                }}
              />
              <button
                type="button"
                className="button button--quiet button--danger-text"
                aria-label={s.removeNamed(emotion.name)}
                onClick={() => {
                  update({ emotions: draft.emotions.filter((e) => e.id !== emotion.id) });
                }}
              >
                {s.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
