import { useId, useRef, useState } from 'react';
import {
  ANSWER_OPTIONS,
  DIFFICULTY_OPTIONS,
  DIFFICULTY_QUESTION,
  INSTRUMENTS,
  PHQ9_SAFETY_ITEM,
  type Measure,
} from '../../../../shared/measures';
import { messageOf } from '../../api/client';
import { todayLocal } from '../../app/dates/today';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSaveMeasure } from './queries';
import { SafetyNotice } from './SafetyNotice';
import { checkinStrings as s } from './strings';

interface Props {
  instrumentId: Measure['instrument'];
  onDone: (measure: Measure) => void;
}

function Item({
  number,
  text,
  value,
  onChange,
}: {
  number: number;
  text: string;
  value: number | null;
  onChange: (value: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="measure-item" data-item={number}>
      <legend>
        <span className="measure-item__number">{number}.</span> {text}
      </legend>
      <div className="measure-item__options">
        {ANSWER_OPTIONS.map((o) => (
          <label key={o.value} className="answer-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => {
                onChange(o.value);
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * One PHQ-9 or GAD-7, with the instrument's own stem, items, answers and source line.
 * Question 9 of the PHQ-9 answered above 0 shows the safety notice right below it, at once,
 * and it stays for the rest of this questionnaire even if the answer is changed.
 */
export function Questionnaire({ instrumentId, onDone }: Props) {
  const instrument = INSTRUMENTS[instrumentId];
  const [answers, setAnswers] = useState<(number | null)[]>(() => instrument.items.map(() => null));
  const [difficulty, setDifficulty] = useState<number | null>(null);
  const [missing, setMissing] = useState<number[]>([]);
  const [showSafety, setShowSafety] = useState(false);
  const save = useSaveMeasure();
  const formRef = useRef<HTMLFormElement>(null);
  const stemId = useId();
  const difficultyName = useId();

  const answer = (index: number, value: number) => {
    setAnswers((list) => list.map((a, i) => (i === index ? value : a)));
    setMissing((m) => m.filter((n) => n !== index + 1));
    if (instrumentId === 'phq9' && index === PHQ9_SAFETY_ITEM && value > 0) setShowSafety(true);
  };

  return (
    <form
      ref={formRef}
      className="form questionnaire"
      aria-describedby={stemId}
      aria-label={instrument.name}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const unanswered = answers.flatMap((a, i) => (a === null ? [i + 1] : []));
        setMissing(unanswered);
        if (unanswered.length > 0) {
          formRef.current
            ?.querySelector<HTMLInputElement>(`[data-item="${unanswered[0]}"] input`)
            ?.focus();
          return;
        }
        save.mutate(
          {
            instrument: instrumentId,
            date: todayLocal(),
            answers: answers.map((a) => a ?? 0),
            difficulty,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <p id={stemId} className="questionnaire__stem">
        {instrument.stem}
      </p>
      {instrument.items.map((text, index) => (
        <div key={text} className="questionnaire__item">
          <Item
            number={index + 1}
            text={text}
            value={answers[index] ?? null}
            onChange={(v) => {
              answer(index, v);
            }}
          />
          {showSafety && index === PHQ9_SAFETY_ITEM && <SafetyNotice announce />}
        </div>
      ))}
      <fieldset className="measure-item">
        <legend>
          {DIFFICULTY_QUESTION} <span className="muted">{s.difficultyOptional}</span>
        </legend>
        <div className="measure-item__options">
          {DIFFICULTY_OPTIONS.map((label, value) => (
            <label key={label} className="answer-option">
              <input
                type="radio"
                name={difficultyName}
                checked={difficulty === value}
                onChange={() => {
                  setDifficulty(value);
                }}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="questionnaire__framing">{s.selfReport}</p>
      {missing.length > 0 && (
        <p className="form-error" role="alert">
          {s.unanswered(missing)}
        </p>
      )}
      <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {s.submit}
        </button>
      </div>
      <p className="measure-source">
        <span className="visually-hidden">{s.sourceLabel}: </span>
        {instrument.source}
      </p>
    </form>
  );
}
