import { useId, useState } from 'react';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';

/**
 * A recovery key on show with where to keep it, and a button that stays off until the user
 * ticks that it is stored (at first run and for a new key in Settings, with their own words).
 */
export function RecoveryKeyToStore({
  recoveryKey,
  strings,
  buttonClassName,
  onStored,
}: {
  recoveryKey: string;
  strings: { advice: string; stored: string; button: string };
  buttonClassName: string;
  onStored: () => void;
}) {
  const [stored, setStored] = useState(false);
  const checkId = useId();
  return (
    <>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <p>{strings.advice}</p>
      <div className="checkbox">
        <input
          id={checkId}
          type="checkbox"
          checked={stored}
          onChange={(e) => {
            setStored(e.target.checked);
          }}
        />
        <label htmlFor={checkId}>{strings.stored}</label>
      </div>
      <button type="button" className={buttonClassName} disabled={!stored} onClick={onStored}>
        {strings.button}
      </button>
    </>
  );
}
