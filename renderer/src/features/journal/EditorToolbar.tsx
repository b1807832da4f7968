import { useEditorState, type Editor } from '@tiptap/react';
import { ariaShortcut, shortcutLabel } from '../../app/platform';
import { journalStrings as s } from './strings';

interface Tool {
  key: 'bold' | 'italic' | 'heading' | 'bulletList';
  name: string;
  glyph: string;
  shortcut: { key: string; shift?: boolean; alt?: boolean };
  run: (editor: Editor) => void;
}

const TOOLS: Tool[] = [
  {
    key: 'bold',
    name: s.bold,
    glyph: 'B',
    shortcut: { key: 'B' },
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    key: 'italic',
    name: s.italic,
    glyph: 'I',
    shortcut: { key: 'I' },
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    key: 'heading',
    name: s.heading,
    glyph: 'H',
    shortcut: { key: '2', alt: true },
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    key: 'bulletList',
    name: s.bulletList,
    glyph: '•',
    shortcut: { key: '8', shift: true },
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
];

/** Bold, italic, heading, bullet list. Re-renders only when their active state changes. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bulletList: e.isActive('bulletList'),
    }),
  });
  return (
    <div className="toolbar" role="group" aria-label={s.formattingLabel}>
      {TOOLS.map((tool) => {
        const hint = shortcutLabel(tool.shortcut.key, tool.shortcut);
        return (
          <button
            key={tool.key}
            type="button"
            className={`toolbar__button toolbar__button--${tool.key}`}
            aria-label={tool.name}
            aria-pressed={active[tool.key]}
            aria-keyshortcuts={ariaShortcut(tool.shortcut.key, tool.shortcut)}
            title={s.withShortcut(tool.name, hint)}
            onClick={() => {
              tool.run(editor);
            }}
          >
            <span aria-hidden="true">{tool.glyph}</span>
          </button>
        );
      })}
    </div>
  );
}
