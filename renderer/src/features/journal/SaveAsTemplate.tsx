import './templates.css';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { messageOf } from '../../api/client';
import { toDocNode } from '../../editor/docNode';
import { TemplateFormDialog } from './TemplateFormDialog';
import { useSaveTemplate } from './templateQueries';
import { templateStrings as t } from './templateStrings';

/** "Save as template" on an entry's page: the text as it is now becomes a new template. */
export function SaveAsTemplate({ editor, title }: { editor: Editor; title: string }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const save = useSaveTemplate();
  return (
    <>
      <button
        type="button"
        className="button button--quiet entry__template-button"
        onClick={() => {
          save.reset();
          setDone('');
          setOpen(true);
        }}
      >
        {t.saveAsTemplate}
      </button>
      <span role="status" className="visually-hidden">
        {done}
      </span>
      <TemplateFormDialog
        open={open}
        title={t.saveTitle}
        intro={t.saveIntro}
        initialName={title.trim()}
        submitLabel={t.save}
        pending={save.isPending}
        error={save.isError ? messageOf(save.error) : null}
        onClose={() => {
          setOpen(false);
        }}
        onSubmit={(name) => {
          save.mutate(
            { name, content: toDocNode(editor.getJSON()) },
            {
              onSuccess: (saved) => {
                setDone(t.saved(saved.name));
                setOpen(false);
              },
            },
          );
        }}
      />
    </>
  );
}
