import './templates.css';
import { useId, useState } from 'react';
import { TEMPLATE_LIMITS } from '../../../../shared/journalTemplates';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { templateStrings as t } from './templateStrings';

interface Props {
  open: boolean;
  title: string;
  intro?: string;
  initialName?: string;
  /** Ask for the template's text too (a template made from scratch). */
  withText?: boolean;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (name: string, text: string) => void;
  onClose: () => void;
}

/** Name (and, from scratch, text) of a template: used to create, rename and "save as". */
export function TemplateFormDialog(props: Props) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.title}>
      {/* Mounted only while open, so each opening starts from the given name. */}
      {props.open && <TemplateForm {...props} />}
    </Dialog>
  );
}

function TemplateForm({
  intro,
  initialName = '',
  withText = false,
  submitLabel,
  pending,
  error,
  onSubmit,
  onClose,
}: Props) {
  const [name, setName] = useState(initialName);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  return (
    <form
      className="template-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setMissing(true);
          return;
        }
        onSubmit(name.trim(), text);
      }}
    >
      {intro && <p className="muted">{intro}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t.nameLabel}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={TEMPLATE_LIMITS.nameMaxLength}
          autoComplete="off"
          aria-invalid={missing && !name.trim()}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </div>
      {withText && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t.textLabel}</label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t.textHint}
          </p>
        </div>
      )}
      <ErrorMessage message={missing && !name.trim() ? t.nameMissing : error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
