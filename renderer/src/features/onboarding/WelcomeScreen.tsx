import { useMutation } from '@tanstack/react-query';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields, useNewPassphrase } from '../../passphrase/NewPassphraseFields';
import { onboardingStrings as s } from './strings';

/** First run: what stays private and how, then a passphrase. */
export function WelcomeScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const fields = useNewPassphrase();
  const create = useMutation({
    mutationFn: (passphrase: string) => call('vault:create', { passphrase }),
    onSuccess: ({ recoveryKey }) => {
      fields.reset();
      onCreated(recoveryKey);
    },
  });

  return (
    <>
      <h1>{s.welcomeTitle}</h1>
      <p className="lead">{s.privacy}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          fields.setTouched(true);
          if (fields.error === null && !create.isPending) create.mutate(fields.passphrase);
        }}
      >
        <h2>{s.choose}</h2>
        <NewPassphraseFields
          state={fields}
          label={s.passphraseLabel}
          confirmLabel={s.confirmLabel}
          autoFocus
        />
        <div className="notice notice--warning">
          <p>
            <strong>{s.warningTitle}: </strong>
            {s.warning}
          </p>
        </div>
        <ErrorMessage message={create.isError ? messageOf(create.error) : null} />
        <button
          type="submit"
          className="button button--primary button--wide"
          disabled={create.isPending}
        >
          {create.isPending ? s.creating : s.create}
        </button>
      </form>
    </>
  );
}
