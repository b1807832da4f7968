import '../../editor/editor.css';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DocNode } from '../../../../shared/journal';
import { LIMITS } from '../../../../shared/limits';
import { messageOf } from '../../api/client';
import { toDocNode } from '../../editor/docNode';
import { editorExtensions } from '../../editor/extensions';
import { formatLongDate, isValidDate } from './dates';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import { EditorToolbar } from './EditorToolbar';
import { useDeleteEntry } from './queries';
import { SaveStatus } from './SaveStatus';
import { useSavers } from './saving/SaversContext';
import { journalStrings as s } from './strings';
import { WordCount } from './WordCount';

export interface EntryStart {
  title: string;
  date: string;
  content: DocNode;
}

/** Static, so the editor never sees "changed" options on re-render. */
const EDITOR_PROPS = {
  attributes: {
    'aria-label': s.editorLabel,
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'entry-editor__content',
    spellcheck: 'true',
  },
};

export function EntryView({
  id,
  start,
  onClose,
}: {
  id: string;
  start: EntryStart;
  onClose: () => void;
}) {
  const savers = useSavers();
  const [saver] = useState(() => savers.get(id));
  const [title, setTitle] = useState(start.title);
  const [date, setDate] = useState(start.date);
  const [initialContent] = useState(start.content);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const titleRef = useRef(start.title);
  const dateRef = useRef(start.date);
  const deleteEntry = useDeleteEntry();
  const dateId = useId();
  const titleId = useId();

  // Typing in the editor goes straight to the saver, never through React state.
  const editor = useEditor({
    extensions: editorExtensions,
    content: initialContent,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: EDITOR_PROPS,
    onUpdate: () => {
      saver.changed();
    },
  });

  useEffect(() => {
    saver.attach(() => ({
      id,
      title: titleRef.current,
      date: isValidDate(dateRef.current) ? dateRef.current : undefined,
      content: toDocNode(editor.getJSON()),
    }));
    return () => {
      void savers.release(id);
    };
  }, [saver, savers, editor, id]);

  const heading = isValidDate(date) ? formatLongDate(date) : s.entryHeading;

  return (
    <div className="page entry">
      <div className="entry__bar">
        <button type="button" className="button button--quiet back-button" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {s.back}
        </button>
        <SaveStatus saver={saver} />
        <button
          type="button"
          className="button button--quiet button--danger-text"
          onClick={() => {
            deleteEntry.reset();
            setConfirmingDelete(true);
          }}
        >
          {s.delete}
        </button>
      </div>

      <h1 className="entry__heading">{heading}</h1>

      <div className="entry__fields">
        <div className="field field--date">
          <label htmlFor={dateId}>{s.dateLabel}</label>
          <input
            id={dateId}
            type="date"
            value={date}
            required
            onChange={(e) => {
              dateRef.current = e.target.value;
              setDate(e.target.value);
              if (isValidDate(e.target.value)) saver.changed();
            }}
          />
        </div>
        <div className="field field--title">
          <label htmlFor={titleId}>{s.titleLabel}</label>
          <input
            id={titleId}
            type="text"
            value={title}
            placeholder={s.titlePlaceholder}
            maxLength={LIMITS.titleMaxLength}
            autoComplete="off"
            onChange={(e) => {
              titleRef.current = e.target.value;
              setTitle(e.target.value);
              saver.changed();
            }}
          />
        </div>
      </div>

      <div className="entry-editor">
        <EditorToolbar editor={editor} />
        <EditorContent editor={editor} />
      </div>
      <WordCount editor={editor} />

      <DeleteEntryDialog
        open={confirmingDelete}
        title={title}
        pending={deleteEntry.isPending}
        error={deleteEntry.isError ? messageOf(deleteEntry.error) : null}
        onCancel={() => {
          setConfirmingDelete(false);
        }}
        onConfirm={() => {
          // Let any save in flight land first, so nothing writes the entry after it's gone.
          void saver.flush().then(() => {
            deleteEntry.mutate(id, {
              onSuccess: () => {
                savers.discard(id);
                onClose();
              },
            });
          });
        }}
      />
    </div>
  );
}
