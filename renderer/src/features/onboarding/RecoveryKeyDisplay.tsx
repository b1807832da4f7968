import './onboarding.css';
import { useId, useState } from 'react';
import { copyText } from '../../app/clipboard';
import { saveTextFile } from './saveTextFile';
import { onboardingStrings as s } from './strings';

/** A recovery key on show, with Copy and "Save as file…". Used at first run and in Settings. */
export function RecoveryKeyDisplay({ recoveryKey }: { recoveryKey: string }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const captionId = useId();
  return (
    <>
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
            copyText(recoveryKey).then(
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
    </>
  );
}
