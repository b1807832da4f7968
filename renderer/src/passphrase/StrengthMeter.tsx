import { useId } from 'react';
import { estimateStrength } from './strength';
import { passphraseStrings as s } from './strings';

/** Strength as a word and a four-step bar (never by colour alone), exposed as a meter. */
export function StrengthMeter({ passphrase, id }: { passphrase: string; id?: string }) {
  const labelId = useId();
  const { level } = estimateStrength(passphrase);
  const empty = passphrase.length === 0;
  const word = s.levels[level];
  const text = empty ? s.empty : s.strengthText(word);
  return (
    <div className="strength" id={id}>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={empty ? 0 : level + 1}
        aria-valuetext={text}
        className="strength__bar"
        data-level={empty ? 'none' : level}
      >
        {[0, 1, 2, 3].map((step) => (
          <span
            key={step}
            className={
              !empty && step <= level ? 'strength__step strength__step--on' : 'strength__step'
            }
          />
        ))}
      </div>
      <p className="strength__text">
        <span id={labelId} className="visually-hidden">
          {s.strengthLabel}
        </span>
        <span aria-hidden="true">{text}</span>
        {!empty && <span className="strength__tip">{s.tips[level]}</span>}
      </p>
    </div>
  );
}
