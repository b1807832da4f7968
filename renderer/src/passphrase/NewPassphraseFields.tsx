import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import { PassphraseInput } from './PassphraseInput';
import { StrengthMeter } from './StrengthMeter';
import { passphraseStrings as s } from './strings';

export interface NewPassphraseState {
  passphrase: string;
  confirm: string;
  setPassphrase: (value: string) => void;
  setConfirm: (value: string) => void;
  /** Set after a submit attempt or after leaving the confirm field, so errors don't nag mid-typing. */
  touched: boolean;
  setTouched: (value: boolean) => void;
  error: string | null;
  reset: () => void;
}

function validate(passphrase: string, confirm: string): string | null {
  // Compared as the vault sees them (NFC), so decomposed accents neither pad the length nor
  // make two identical passphrases "different".
  const typed = passphrase.normalize('NFC');
  if (typed.length < LIMITS.passphraseMinLength) return s.tooShort;
  if (typed !== confirm.normalize('NFC')) return s.mismatch;
  return null;
}

export function useNewPassphrase(): NewPassphraseState {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  return {
    passphrase,
    confirm,
    setPassphrase,
    setConfirm,
    touched,
    setTouched,
    error: validate(passphrase, confirm),
    reset: () => {
      setPassphrase('');
      setConfirm('');
      setTouched(false);
    },
  };
}

interface Props {
  state: NewPassphraseState;
  label: string;
  confirmLabel: string;
  autoFocus?: boolean;
}

/** New passphrase + confirmation + strength meter, with one plain error message. */
export function NewPassphraseFields({ state, label, confirmLabel, autoFocus = false }: Props) {
  const hintId = useId();
  const meterId = useId();
  const errorId = useId();
  const showError = state.touched && state.error !== null;
  return (
    <>
      <PassphraseInput
        label={label}
        value={state.passphrase}
        onChange={state.setPassphrase}
        autoComplete="new-password"
        autoFocus={autoFocus}
        required
        maxLength={LIMITS.passphraseInputMaxLength}
        describedBy={`${hintId} ${meterId}${showError ? ` ${errorId}` : ''}`}
        invalid={showError && state.error === s.tooShort}
      />
      <p className="field-hint" id={hintId}>
        {s.hint}
      </p>
      <StrengthMeter passphrase={state.passphrase} id={meterId} />
      <PassphraseInput
        label={confirmLabel}
        value={state.confirm}
        onChange={state.setConfirm}
        onBlur={() => {
          if (state.confirm.length > 0) state.setTouched(true);
        }}
        autoComplete="new-password"
        required
        maxLength={LIMITS.passphraseInputMaxLength}
        describedBy={showError ? errorId : undefined}
        invalid={showError && state.error === s.mismatch}
      />
      {showError && (
        <p className="form-error" role="alert" id={errorId}>
          {state.error}
        </p>
      )}
    </>
  );
}
