import { useMutation } from '@tanstack/react-query';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields, useNewPassphrase } from '../../passphrase/NewPassphraseFields';
import { unlockStrings as s } from './strings';

/** After a recovery-key unlock: a new passphrase before anything else. */
export function NewPassphraseScreen({ onDone }: { onDone: () => void }) {
  const fields = useNewPassphrase();
  const reset = useMutation({
    mutationFn: (newPassphrase: string) => call('vault:resetPassphrase', { newPassphrase }),
    onSuccess: () => {
      fields.reset();
      onDone();
    },
  });

  return (
    <>
      <h1>{s.newTitle}</h1>
      <p className="lead">{s.newIntro}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          fields.setTouched(true);
          if (fields.error === null && !reset.isPending) reset.mutate(fields.passphrase);
        }}
      >
        <NewPassphraseFields
          state={fields}
          label={s.newLabel}
          confirmLabel={s.confirmLabel}
          autoFocus
        />
        <ErrorMessage message={reset.isError ? messageOf(reset.error) : null} />
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={reset.isPending}
        >
          {reset.isPending ? s.saving : s.save}
        </button>
      </form>
    </>
  );
}
