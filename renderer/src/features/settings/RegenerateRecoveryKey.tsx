import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { RecoveryKeyDisplay } from '../onboarding/RecoveryKeyDisplay';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';

/** A new recovery key (the old one stops working), shown once, behind the passphrase. */
export function RegenerateRecoveryKey() {
  const [passphrase, setPassphrase] = useState('');
  const [newKey, setNewKey] = useState<string | null>(null);
  const regenerate = useMutation({
    mutationFn: (input: { passphrase: string }) => call('vault:regenerateRecoveryKey', input),
    onSuccess: ({ recoveryKey }) => {
      setPassphrase('');
      setNewKey(recoveryKey);
    },
  });

  return (
    <SettingsSection level={3} title={s.recoveryHeading} intro={s.recoveryIntro}>
      {newKey === null ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (passphrase.length > 0 && !regenerate.isPending) regenerate.mutate({ passphrase });
          }}
        >
          <PassphraseInput
            label={s.recoveryPassphraseLabel}
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              if (regenerate.isError) regenerate.reset();
            }}
            autoComplete="current-password"
            required
            maxLength={LIMITS.passphraseInputMaxLength}
          />
          <ErrorMessage message={regenerate.isError ? messageOf(regenerate.error) : null} />
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={regenerate.isPending}
            >
              {regenerate.isPending ? s.regenerating : s.regenerate}
            </button>
          </div>
        </form>
      ) : (
        <NewRecoveryKey
          recoveryKey={newKey}
          onDone={() => {
            setNewKey(null);
            regenerate.reset();
          }}
        />
      )}
    </SettingsSection>
  );
}

/** A new recovery key shown once, until the user says it is stored (also after rotation). */
export function NewRecoveryKey({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const [stored, setStored] = useState(false);
  const checkId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  return (
    <div className="new-recovery-key">
      <h4 ref={titleRef} tabIndex={-1}>
        {s.newKeyTitle}
      </h4>
      <p role="status">{s.newKeyIntro}</p>
      <RecoveryKeyDisplay recoveryKey={recoveryKey} />
      <p>{s.newKeyAdvice}</p>
      <div className="checkbox">
        <input
          id={checkId}
          type="checkbox"
          checked={stored}
          onChange={(e) => {
            setStored(e.target.checked);
          }}
        />
        <label htmlFor={checkId}>{s.newKeyStored}</label>
      </div>
      <button type="button" className="button button--primary" disabled={!stored} onClick={onDone}>
        {s.newKeyDone}
      </button>
    </div>
  );
}
