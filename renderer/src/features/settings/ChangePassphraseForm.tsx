import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NewPassphraseFields, useNewPassphrase } from '../../passphrase/NewPassphraseFields';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { SettingsSection } from './SettingsSection';
import { settingsStrings as s } from './strings';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const fields = useNewPassphrase();
  const change = useMutation({
    mutationFn: (input: { current: string; next: string }) => call('vault:changePassphrase', input),
    onSuccess: () => {
      setCurrent('');
      fields.reset();
    },
  });

  return (
    <SettingsSection level={3} title={s.passphraseHeading} intro={s.passphraseIntro}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          fields.setTouched(true);
          if (current.length > 0 && fields.error === null && !change.isPending) {
            change.mutate({ current, next: fields.passphrase });
          }
        }}
      >
        <PassphraseInput
          label={s.currentLabel}
          value={current}
          onChange={(value) => {
            setCurrent(value);
            if (change.isSuccess || change.isError) change.reset();
          }}
          autoComplete="current-password"
          required
          maxLength={LIMITS.passphraseInputMaxLength}
        />
        <NewPassphraseFields state={fields} label={s.newLabel} confirmLabel={s.confirmLabel} />
        <ErrorMessage message={change.isError ? messageOf(change.error) : null} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? s.changing : s.change}
          </button>
          <p className="inline-status" role="status">
            {change.isSuccess && (
              <>
                <span aria-hidden="true">✓ </span>
                {s.changed}
              </>
            )}
          </p>
        </div>
      </form>
    </SettingsSection>
  );
}
