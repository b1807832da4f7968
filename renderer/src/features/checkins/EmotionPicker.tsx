import { useId, useState } from 'react';
import { addEmotion, toggleEmotion } from './checkinDraft';
import { checkinStrings as s } from './strings';

interface Props {
  value: string[];
  onChange: (words: string[]) => void;
}

/** A short list of feeling words to tick, plus the person's own words. */
export function EmotionPicker({ value, onChange }: Props) {
  const [word, setWord] = useState('');
  const inputId = useId();
  const has = (w: string) => value.some((v) => v.toLowerCase() === w.toLowerCase());
  const own = value.filter((v) => !s.emotionWords.some((w) => w.toLowerCase() === v.toLowerCase()));
  const add = () => {
    onChange(addEmotion(value, word));
    setWord('');
  };
  return (
    <fieldset className="emotion-picker">
      <legend>{s.emotionsLegend}</legend>
      <div className="ck-chip-list">
        {[...s.emotionWords, ...own].map((w) => (
          <label key={w} className="ck-chip">
            <input
              type="checkbox"
              checked={has(w)}
              onChange={() => {
                onChange(toggleEmotion(value, w));
              }}
            />
            <span>{w}</span>
          </label>
        ))}
      </div>
      <div className="emotion-picker__own">
        <label htmlFor={inputId}>{s.ownWord}</label>
        <input
          id={inputId}
          type="text"
          value={word}
          maxLength={40}
          onChange={(e) => {
            setWord(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add} disabled={value.length >= 12}>
          {s.addWord}
        </button>
      </div>
      {value.length >= 12 && <p className="field-hint">{s.tooManyWords}</p>}
    </fieldset>
  );
}
