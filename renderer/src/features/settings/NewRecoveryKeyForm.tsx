import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields, useNewPassphrase } from '../../passphrase/NewPassphraseFields';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { RecoveryKeyToStore } from '../onboarding/RecoveryKeyToStore';
import { settingsStrings as s } from './strings';

/** The words of one form; the new key's own words are the same everywhere. */
export interface NewRecoveryKeyFormStrings {
  passphraseLabel: string;
  submit: string;
  submitting: string;
  /** Said above the new key, when there is more to say than the key itself. */
  done?: string;
}

/** The optional "also choose a new passphrase" part, with its labels. */
export interface AlsoNewPassphraseStrings {
  checkbox: string;
  label: string;
  confirmLabel: string;
}

/**
 * "Enter your passphrase" → a new recovery key, shown once until the user says it is stored
 * (a new recovery key on its own, and key rotation, which can also take a new passphrase).
 */
export function NewRecoveryKeyForm({
  strings,
  alsoNewPassphrase,
  makeKey,
}: {
  strings: NewRecoveryKeyFormStrings;
  /** Offer "also choose a new passphrase" (sent as `newPassphrase` when ticked). */
  alsoNewPassphrase?: AlsoNewPassphraseStrings;
  makeKey: (input: {
    passphrase: string;
    newPassphrase?: string;
  }) => Promise<{ recoveryKey: string }>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [alsoNew, setAlsoNew] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);
  const fields = useNewPassphrase();
  const alsoNewId = useId();
  const make = useMutation({
    mutationFn: makeKey,
    onSuccess: ({ recoveryKey }) => {
      setPassphrase('');
      fields.reset();
      setAlsoNew(false);
      setNewKey(recoveryKey);
    },
  });

  if (newKey !== null)
    return (
      <>
        {strings.done !== undefined && <p role="status">{strings.done}</p>}
        <NewRecoveryKey
          recoveryKey={newKey}
          onDone={() => {
            setNewKey(null);
            make.reset();
          }}
        />
      </>
    );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (alsoNew) fields.setTouched(true);
        if (passphrase.length === 0 || make.isPending) return;
        if (alsoNew && fields.error !== null) return;
        make.mutate(alsoNew ? { passphrase, newPassphrase: fields.passphrase } : { passphrase });
      }}
    >
      <PassphraseInput
        label={strings.passphraseLabel}
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          if (make.isError) make.reset();
        }}
        autoComplete="current-password"
        required
        maxLength={LIMITS.passphraseInputMaxLength}
      />
      {alsoNewPassphrase && (
        <>
          <div className="checkbox">
            <input
              id={alsoNewId}
              type="checkbox"
              checked={alsoNew}
              onChange={(event) => {
                setAlsoNew(event.target.checked);
              }}
            />
            <label htmlFor={alsoNewId}>{alsoNewPassphrase.checkbox}</label>
          </div>
          {alsoNew && (
            <NewPassphraseFields
              state={fields}
              label={alsoNewPassphrase.label}
              confirmLabel={alsoNewPassphrase.confirmLabel}
            />
          )}
        </>
      )}
      <ErrorMessage message={make.isError ? messageOf(make.error) : null} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={make.isPending}>
          {make.isPending ? strings.submitting : strings.submit}
        </button>
      </div>
    </form>
  );
}

/** A new recovery key shown once, until the user says it is stored. */
function NewRecoveryKey({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
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
      <RecoveryKeyToStore
        recoveryKey={recoveryKey}
        strings={{ advice: s.newKeyAdvice, stored: s.newKeyStored, button: s.newKeyDone }}
        buttonClassName="button button--primary"
        onStored={onDone}
      />
    </div>
  );
}
