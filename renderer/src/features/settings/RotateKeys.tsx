import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields, useNewPassphrase } from '../../passphrase/NewPassphraseFields';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { backupStrings as s } from './backupStrings';
import { NewRecoveryKey } from './RegenerateRecoveryKey';
import { SettingsSection } from './SettingsSection';

/** Key rotation: a new data key for every file, a new recovery key, maybe a new passphrase. */
export function RotateKeys() {
  const [passphrase, setPassphrase] = useState('');
  const [alsoNew, setAlsoNew] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);
  const fields = useNewPassphrase();
  const alsoNewId = useId();
  const rotate = useMutation({
    mutationFn: (input: { passphrase: string; newPassphrase?: string }) =>
      call('vault:rotateKeys', input),
    onSuccess: ({ recoveryKey }) => {
      setPassphrase('');
      fields.reset();
      setAlsoNew(false);
      setNewKey(recoveryKey);
    },
  });

  return (
    <SettingsSection level={3} title={s.rotateHeading} intro={s.rotateIntro}>
      {newKey === null ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (alsoNew) fields.setTouched(true);
            if (passphrase.length === 0 || rotate.isPending) return;
            if (alsoNew && fields.error !== null) return;
            rotate.mutate(
              alsoNew ? { passphrase, newPassphrase: fields.passphrase } : { passphrase },
            );
          }}
        >
          <PassphraseInput
            label={s.rotatePassphrase}
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              if (rotate.isError) rotate.reset();
            }}
            autoComplete="current-password"
            required
            maxLength={LIMITS.passphraseMaxLength}
          />
          <div className="checkbox">
            <input
              id={alsoNewId}
              type="checkbox"
              checked={alsoNew}
              onChange={(event) => {
                setAlsoNew(event.target.checked);
              }}
            />
            <label htmlFor={alsoNewId}>{s.rotateAlsoNew}</label>
          </div>
          {alsoNew && (
            <NewPassphraseFields
              state={fields}
              label={s.rotateNewLabel}
              confirmLabel={s.rotateConfirmLabel}
            />
          )}
          <ErrorMessage message={rotate.isError ? messageOf(rotate.error) : null} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={rotate.isPending}>
              {rotate.isPending ? s.rotating : s.rotate}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p role="status">{s.rotated}</p>
          <NewRecoveryKey
            recoveryKey={newKey}
            onDone={() => {
              setNewKey(null);
              rotate.reset();
            }}
          />
        </>
      )}
    </SettingsSection>
  );
}
