import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { isMac } from '../../app/platform';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { parseLinkInput } from '../../editor/links';
import { journalStrings as s } from './strings';

export interface LinkTarget {
  /** The link's address when the caret or selection is already in one; '' for a new link. */
  href: string;
  /** Nothing is selected and there's no link here: ask for the words to show too. */
  needsText: boolean;
}

interface Props {
  target: LinkTarget | null;
  onSave: (href: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

const REASONS = { empty: s.linkEmpty, scheme: s.linkScheme, invalid: s.linkInvalid } as const;

/** Add, change or remove the link at the selection. Only http(s) addresses are accepted. */
export function LinkDialog({ target, onSave, onRemove, onCancel }: Props) {
  const editing = target !== null && target.href !== '';
  return (
    <Dialog
      open={target !== null}
      onClose={onCancel}
      title={editing ? s.linkEditTitle : s.linkAddTitle}
    >
      {target && (
        <LinkForm target={target} onSave={onSave} onRemove={onRemove} onCancel={onCancel} />
      )}
    </Dialog>
  );
}

function LinkForm({ target, onSave, onRemove, onCancel }: Props & { target: LinkTarget }) {
  const [url, setUrl] = useState(target.href);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const urlId = useId();
  const hintId = useId();
  const errorId = useId();
  const textId = useId();

  // The dialog puts focus on its title (in its own effect, which runs after this one); a
  // one-field form is quicker starting in the field, so move there a frame later.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      urlRef.current?.focus();
      urlRef.current?.select();
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, []);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const parsed = parseLinkInput(url);
    if (!parsed.ok) {
      setError(REASONS[parsed.reason]);
      urlRef.current?.focus();
      return;
    }
    onSave(parsed.href, text.trim());
  }

  return (
    <form className="form link-form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={urlId}>{s.linkUrlLabel}</label>
        <input
          ref={urlRef}
          id={urlId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={url}
          aria-invalid={error !== null}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(e) => {
            setUrl(e.target.value);
            setError(null);
          }}
        />
      </div>
      <p className="field-hint link-form__hint" id={hintId}>
        {s.linkUrlHint}
        {target.href !== '' && ` ${s.openLinkHint(isMac ? '⌥Enter' : 'Alt+Enter')}`}
      </p>
      {target.needsText && (
        <div className="field">
          <label htmlFor={textId}>{s.linkTextLabel}</label>
          <input
            id={textId}
            type="text"
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
      )}
      <ErrorMessage message={error} id={errorId} />
      <div className="dialog__actions">
        {target.href !== '' && (
          <button
            type="button"
            className="button button--danger-text link-form__remove"
            onClick={onRemove}
          >
            {s.linkRemove}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {s.cancel}
        </button>
        <button type="submit" className="button button--primary">
          {s.linkSave}
        </button>
      </div>
    </form>
  );
}
