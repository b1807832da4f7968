import './templates.css';
import { useEffect, useId, useRef, useState } from 'react';
import { templateDocFromText, type JournalTemplate } from '../../../../shared/journalTemplates';
import { messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TemplateFormDialog } from './TemplateFormDialog';
import { useDeleteTemplate, useSaveTemplate, useTemplates } from './templateQueries';
import { templateStrings as t } from './templateStrings';

type Editing = { kind: 'new' } | { kind: 'rename'; template: JournalTemplate } | null;

/** Settings → Journal: make, rename and delete the user's own entry templates. */
export function TemplateManager() {
  const templates = useTemplates();
  const save = useSaveTemplate();
  const remove = useDeleteTemplate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<JournalTemplate | null>(null);
  const [done, setDone] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const id = useId();

  // After a delete, the row (and the button that opened the dialog) is gone: once the dialog
  // has closed, put focus somewhere sure rather than on the page's body.
  useEffect(() => {
    if (!refocus.current || deleting !== null) return;
    refocus.current = false;
    newButton.current?.focus();
  }, [deleting]);
  const list = templates.data ?? [];

  const closeForm = () => {
    setEditing(null);
    save.reset();
  };

  return (
    <section className="template-manager" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.manageHeading}</h3>
      <p className="muted">{t.manageIntro}</p>
      {list.length > 0 && (
        <ul className="template-manager__list" aria-label={t.manageList}>
          {list.map((template) => (
            <li key={template.id} className="template-manager__item">
              <span className="template-manager__name">{template.name}</span>
              <span className="template-manager__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t.renameNamed(template.name)}
                  onClick={() => {
                    setDone('');
                    setEditing({ kind: 'rename', template });
                  }}
                >
                  {t.rename}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--danger-text"
                  aria-label={t.deleteNamed(template.name)}
                  onClick={() => {
                    setDone('');
                    remove.reset();
                    setDeleting(template);
                  }}
                >
                  {t.delete}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button
        ref={newButton}
        type="button"
        className="button"
        onClick={() => {
          setDone('');
          setEditing({ kind: 'new' });
        }}
      >
        {t.newTemplate}
      </button>
      <ErrorMessage message={templates.isError ? messageOf(templates.error) : null} />
      <p role="status" className="muted">
        {done}
      </p>

      <TemplateFormDialog
        open={editing !== null}
        title={editing?.kind === 'rename' ? t.renameTitle : t.newTitle}
        initialName={editing?.kind === 'rename' ? editing.template.name : ''}
        withText={editing?.kind === 'new'}
        submitLabel={editing?.kind === 'rename' ? t.rename : t.create}
        pending={save.isPending}
        error={save.isError ? messageOf(save.error) : null}
        onClose={closeForm}
        onSubmit={(name, text) => {
          const input =
            editing?.kind === 'rename'
              ? { id: editing.template.id, name }
              : { name, content: templateDocFromText(text) };
          save.mutate(input, {
            onSuccess: (saved) => {
              setDone(editing?.kind === 'rename' ? t.renamed(saved.name) : t.created(saved.name));
              closeForm();
            },
          });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={t.deleteTitle}
        body={deleting ? t.deleteBody(deleting.name) : ''}
        confirmLabel={t.deleteConfirm}
        cancelLabel={t.cancel}
        pending={remove.isPending}
        error={remove.isError ? messageOf(remove.error) : null}
        onCancel={() => {
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDone(t.deleted(name));
              refocus.current = true;
              setDeleting(null);
            },
          });
        }}
      />
    </section>
  );
}
