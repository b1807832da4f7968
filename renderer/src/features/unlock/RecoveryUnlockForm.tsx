import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { UnlockResult } from '../../../../shared/contract';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { unlockStrings as s } from './strings';
import { TakeOverButton } from './TakeOverButton';

export function RecoveryUnlockForm({
  onUnlocked,
  onUsePassphrase,
}: {
  onUnlocked: (result: UnlockResult) => void;
  onUsePassphrase: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const inputId = useId();
  const errorId = useId();
  const unlock = useMutation({
    mutationFn: ({ value, takeOver }: { value: string; takeOver: boolean }) =>
      call('vault:unlockWithRecoveryKey', { recoveryKey: value, takeOverOtherHost: takeOver }),
    onSuccess: (result) => {
      setRecoveryKey('');
      onUnlocked(result);
    },
  });

  return (
    <>
      <h1>{s.recoveryTitle}</h1>
      <p className="lead">{s.recoveryIntro}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = recoveryKey.trim();
          if (value.length > 0 && !unlock.isPending) unlock.mutate({ value, takeOver: false });
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{s.recoveryLabel}</label>
          <input
            id={inputId}
            className="input--mono"
            type="text"
            value={recoveryKey}
            autoFocus
            required
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={LIMITS.recoveryKeyMaxLength}
            aria-describedby={unlock.isError ? errorId : undefined}
            aria-invalid={unlock.isError || undefined}
            onChange={(e) => {
              setRecoveryKey(e.target.value);
            }}
          />
        </div>
        <ErrorMessage id={errorId} message={unlock.isError ? messageOf(unlock.error) : null} />
        <TakeOverButton
          error={unlock.error}
          busy={unlock.isPending}
          onTakeOver={() => {
            unlock.mutate({ value: recoveryKey.trim(), takeOver: true });
          }}
        />
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={unlock.isPending}
        >
          {unlock.isPending ? s.unlocking : s.recoveryUnlock}
        </button>
      </form>
      <p className="gate__alt">
        <button type="button" className="link-button" onClick={onUsePassphrase}>
          {s.usePassphrase}
        </button>
      </p>
    </>
  );
}
