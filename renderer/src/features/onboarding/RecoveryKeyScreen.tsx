import './onboarding.css';
import { useId, useState } from 'react';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';
import { onboardingStrings as s } from './strings';

/** The recovery key, shown once; the user must confirm they've stored it. */
export function RecoveryKeyScreen({
  recoveryKey,
  onContinue,
}: {
  recoveryKey: string;
  onContinue: () => void;
}) {
  const [stored, setStored] = useState(false);
  const checkId = useId();

  return (
    <>
      <h1>{s.keyTitle}</h1>
      <p className="lead">{s.keyIntro}</p>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <p>{s.keyAdvice}</p>
      <div className="checkbox">
        <input
          id={checkId}
          type="checkbox"
          checked={stored}
          onChange={(e) => {
            setStored(e.target.checked);
          }}
        />
        <label htmlFor={checkId}>{s.stored}</label>
      </div>
      <button
        type="button"
        className="button button--primary button--wide"
        disabled={!stored}
        onClick={onContinue}
      >
        {s.continue}
      </button>
    </>
  );
}
