import '../../editor/editor.css';
import { EditorContent, getAttributes, useEditor, type Editor } from '@tiptap/react';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DocNode, EntryLink } from '../../../../shared/journal';
import { LIMITS } from '../../../../shared/limits';
import { messageOf } from '../../api/client';
import { toDocNode } from '../../editor/docNode';
import { mentionLinks, mergeLinks } from '../../editor/entryLinks';
import { setLinkTargets } from '../../editor/mention';
import { editorExtensions } from '../../editor/extensions';
import { findInDoc } from '../../editor/findInDoc';
import { EDIT_LINK_EVENT, OPEN_LINK_EVENT, type OpenLinkEvent } from '../../editor/linkActions';
import { sanitizePastedHtml } from '../../editor/pasteSanitizer';
import { formatLongDate, isValidDate } from './dates';
import { DeleteEntryDialog } from './DeleteEntryDialog';
import { EditorToolbar, type ToolbarActions } from './EditorToolbar';
import { EntryLinksPanel } from './EntryLinksPanel';
import { EntrySkillPractice } from '../skills/EntrySkillPractice';
import { EntryMetaPanel } from './EntryMeta';
import { useLinkTargets } from './linkQueries';
import { LinkDialog, type LinkTarget } from './LinkDialog';
import { OpenLinkDialog } from './OpenLinkDialog';
import { useDeleteEntry } from './queries';
import { SaveAsTemplate } from './SaveAsTemplate';
import { SaveRefusal, SaveStatus } from './SaveStatus';
import { useSavers } from './saving/SaversContext';
import { journalStrings as s } from './strings';
import { WordCount } from './WordCount';

export interface EntryStart {
  title: string;
  date: string;
  content: DocNode;
  links: EntryLink[];
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
  // Pasted HTML keeps its structure and loses everything else (scripts, styles, images…).
  transformPastedHTML: (html: string) => sanitizePastedHtml(html),
};

/** What the link dialog needs to know about the selection when it opens. */
function linkTargetOf(editor: Editor): LinkTarget {
  const href: unknown = getAttributes(editor.state, 'link').href;
  const inLink = editor.isActive('link') && typeof href === 'string';
  return { href: inLink ? href : '', needsText: !inLink && editor.state.selection.empty };
}

function EntryViewInner({
  id,
  start,
  onClose,
  focusEditor = false,
  find,
}: {
  id: string;
  start: EntryStart;
  onClose: () => void;
  focusEditor?: boolean;
  find?: string | undefined;
}) {
  const savers = useSavers();
  const [saver] = useState(() => savers.get(id));
  const [title, setTitle] = useState(start.title);
  const [date, setDate] = useState(start.date);
  const [initialContent] = useState(start.content);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const [openingHref, setOpeningHref] = useState<string | null>(null);
  const editorBox = useRef<HTMLDivElement>(null);
  const titleRef = useRef(start.title);
  const dateRef = useRef(start.date);
  // Links made without a chip in the text (a chip's link lives and dies with the chip).
  const [extraLinks, setExtraLinks] = useState(() => {
    const chips = new Set(mentionLinks(start.content).map((l) => `${l.kind}:${l.id}`));
    return start.links.filter((l) => !chips.has(`${l.kind}:${l.id}`));
  });
  const extraRef = useRef(extraLinks);
  const targets = useLinkTargets();
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
    // What "@" suggests: this editor's own storage, never a module-level list.
    setLinkTargets(editor, targets);
  }, [editor, targets]);

  useEffect(() => {
    saver.attach(() => {
      const content = toDocNode(editor.getJSON());
      return {
        id,
        title: titleRef.current,
        date: isValidDate(dateRef.current) ? dateRef.current : undefined,
        content,
        links: mergeLinks(mentionLinks(content), extraRef.current),
      };
    });
    return () => {
      void savers.release(id);
    };
  }, [saver, savers, editor, id]);

  const [focusOnArrival] = useState(focusEditor);
  const [findOnArrival] = useState(find);
  useEffect(() => {
    // From search: select the first match and bring it into view; else the caret at the end.
    const match = findOnArrival ? findInDoc(editor.state.doc, findOnArrival) : null;
    if (match) editor.chain().setTextSelection(match).focus(null, { scrollIntoView: true }).run();
    else if (focusOnArrival) editor.commands.focus('end');
  }, [editor, focusOnArrival, findOnArrival]);

  const editLink = useCallback(() => {
    setLinkTarget(linkTargetOf(editor));
  }, [editor]);
  const toolbarActions = useMemo<ToolbarActions>(() => ({ editLink }), [editLink]);

  // The editor asks (by DOM event) to open a link or to edit one; see editor/linkActions.ts.
  useEffect(() => {
    const box = editorBox.current;
    if (!box) return;
    const onOpen = (event: Event) => {
      setOpeningHref((event as OpenLinkEvent).detail.href);
    };
    box.addEventListener(OPEN_LINK_EVENT, onOpen);
    box.addEventListener(EDIT_LINK_EVENT, editLink);
    return () => {
      box.removeEventListener(OPEN_LINK_EVENT, onOpen);
      box.removeEventListener(EDIT_LINK_EVENT, editLink);
    };
  }, [editLink]);

  function saveLink(href: string, text: string) {
    const target = linkTarget;
    setLinkTarget(null);
    // focus() waits a frame, by when the dialog has closed and the editor can take focus.
    const chain = editor.chain().focus();
    if (target?.href) chain.extendMarkRange('link').setLink({ href });
    else if (editor.state.selection.empty)
      // Typing on after the new link shouldn't extend it.
      chain
        .insertContent({
          type: 'text',
          text: text || href,
          marks: [{ type: 'link', attrs: { href } }],
        })
        .unsetMark('link');
    else chain.setLink({ href });
    chain.run();
  }

  function removeLink() {
    setLinkTarget(null);
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
  }

  const heading = isValidDate(date) ? formatLongDate(date) : s.entryHeading;

  return (
    <div className="page entry">
      <div className="entry__bar">
        <button type="button" className="button button--quiet back-button" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {s.back}
        </button>
        <SaveStatus saver={saver} />
        <SaveAsTemplate editor={editor} title={title} />
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
            dir="auto"
            onChange={(e) => {
              titleRef.current = e.target.value;
              setTitle(e.target.value);
              saver.changed();
            }}
          />
        </div>
      </div>

      <SaveRefusal saver={saver} />
      <div className="entry-editor" ref={editorBox}>
        <EditorToolbar editor={editor} actions={toolbarActions} />
        <EditorContent editor={editor} />
      </div>
      <WordCount editor={editor} />
      <EntryLinksPanel
        entryId={id}
        editor={editor}
        targets={targets}
        extra={extraLinks}
        onExtraChange={(next) => {
          extraRef.current = next;
          setExtraLinks(next);
          saver.changed();
        }}
      />
      <EntrySkillPractice entryId={id} />
      <EntryMetaPanel id={id} />

      <LinkDialog
        target={linkTarget}
        onSave={saveLink}
        onRemove={removeLink}
        onCancel={() => {
          setLinkTarget(null);
          editor.commands.focus();
        }}
      />
      <OpenLinkDialog
        href={openingHref}
        onClose={() => {
          setOpeningHref(null);
        }}
      />

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

/**
 * `start` is read once, when the editor is made; after that the editor and the saver own the
 * text. Each save refreshes the entry in the query cache, which hands EntryScreen a fresh
 * `start` object: ignoring it keeps a save from re-rendering the whole view.
 */
export const EntryView = memo(
  EntryViewInner,
  (prev, next) => prev.id === next.id && prev.onClose === next.onClose,
);
