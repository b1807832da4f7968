import { useId, useState, type InputHTMLAttributes } from 'react';
import { passphraseStrings as s } from './strings';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Ids of hint or error elements that describe this field. */
  describedBy?: string | undefined;
  invalid?: boolean;
}

/** A labelled password field with a "Show" toggle, so people can check what they typed. */
export function PassphraseInput({
  label,
  value,
  onChange,
  describedBy,
  invalid = false,
  ...rest
}: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-input">
        <input
          {...rest}
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
        <button
          type="button"
          className="button button--quiet passphrase-input__toggle"
          aria-label={s.showLabel(label)}
          aria-pressed={visible}
          onClick={() => {
            setVisible((v) => !v);
          }}
        >
          {visible ? s.hide : s.show}
        </button>
      </div>
    </div>
  );
}
