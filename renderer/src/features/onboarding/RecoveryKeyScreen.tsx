import './onboarding.css';
import { useId, useState } from 'react';
import { saveTextFile } from './saveTextFile';
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
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const checkId = useId();
  const captionId = useId();

  return (
    <>
      <h1>{s.keyTitle}</h1>
      <p className="lead">{s.keyIntro}</p>
      <figure className="recovery-key" aria-labelledby={captionId}>
        <figcaption id={captionId} className="recovery-key__caption">
          {s.keyLabel}
        </figcaption>
        <code className="recovery-key__value">{recoveryKey}</code>
      </figure>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            navigator.clipboard.writeText(recoveryKey).then(
              () => {
                setCopyState('copied');
              },
              () => {
                setCopyState('failed');
              },
            );
          }}
        >
          {s.copy}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            saveTextFile(s.fileName, s.fileText(recoveryKey));
          }}
        >
          {s.saveFile}
        </button>
        <p className="inline-status" role="status">
          {copyState === 'copied' && (
            <>
              <span aria-hidden="true">✓ </span>
              {s.copied}
            </>
          )}
        </p>
      </div>
      {copyState === 'failed' && (
        <p className="form-error" role="alert">
          {s.copyFailed}
        </p>
      )}
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
