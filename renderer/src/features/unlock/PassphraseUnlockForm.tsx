import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { UnlockResult } from '../../../../shared/contract';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { unlockStrings as s } from './strings';
import { TakeOverButton } from './TakeOverButton';

export function PassphraseUnlockForm({
  onUnlocked,
  onUseRecoveryKey,
}: {
  onUnlocked: (result: UnlockResult) => void;
  onUseRecoveryKey: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const errorId = useId();
  const unlock = useMutation({
    mutationFn: ({ value, takeOver }: { value: string; takeOver: boolean }) =>
      call('vault:unlock', { passphrase: value, takeOverOtherHost: takeOver }),
    onSuccess: (result) => {
      setPassphrase('');
      onUnlocked(result);
    },
  });

  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (passphrase.length > 0 && !unlock.isPending)
            unlock.mutate({ value: passphrase, takeOver: false });
        }}
      >
        <PassphraseInput
          label={s.passphraseLabel}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
          required
          maxLength={LIMITS.passphraseInputMaxLength}
          describedBy={unlock.isError ? errorId : undefined}
          invalid={unlock.isError}
        />
        <ErrorMessage id={errorId} message={unlock.isError ? messageOf(unlock.error) : null} />
        <TakeOverButton
          error={unlock.error}
          busy={unlock.isPending}
          onTakeOver={() => {
            unlock.mutate({ value: passphrase, takeOver: true });
          }}
        />
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={unlock.isPending}
        >
          {unlock.isPending ? s.unlocking : s.unlock}
        </button>
      </form>
      <p className="gate__alt">
        <button type="button" className="link-button" onClick={onUseRecoveryKey}>
          {s.useRecoveryKey}
        </button>
      </p>
    </>
  );
}
