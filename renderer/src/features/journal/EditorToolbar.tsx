import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ariaShortcut, shortcutLabel } from '../../app/platform';
import { journalStrings as s } from './strings';
import { icons } from './ToolbarIcons';

interface Shortcut {
  key: string;
  shift?: boolean;
  alt?: boolean;
}

type ActiveState = ReturnType<typeof selectToolbarState>;

interface Tool {
  id: string;
  name: string;
  glyph: ReactNode;
  /** Its keyboard shortcut; tools without one name their Markdown-style input instead. */
  shortcut?: Shortcut;
  hint?: string;
  /** For toggles: whether the selection has it (aria-pressed). */
  pressed?: (state: ActiveState) => boolean;
  /** Greyed out (aria-disabled) when this says so. */
  unavailable?: (state: ActiveState) => boolean;
  /** Opens a dialog rather than acting at once. */
  dialog?: boolean;
  run: (editor: Editor, actions: ToolbarActions) => void;
}

export interface ToolbarActions {
  /** Opens the link dialog for the selection (Ctrl/⌘+Shift+K does the same). */
  editLink: () => void;
}

/** Everything the buttons show, read from the editor in one pass per transaction. */
function selectToolbarState({ editor: e }: { editor: Editor }) {
  return {
    bold: e.isActive('bold'),
    italic: e.isActive('italic'),
    underline: e.isActive('underline'),
    strike: e.isActive('strike'),
    highlight: e.isActive('highlight'),
    heading2: e.isActive('heading', { level: 2 }),
    heading3: e.isActive('heading', { level: 3 }),
    blockquote: e.isActive('blockquote'),
    bulletList: e.isActive('bulletList'),
    orderedList: e.isActive('orderedList'),
    taskList: e.isActive('taskList'),
    link: e.isActive('link'),
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
  };
}

const GROUPS: { label: string; tools: Tool[] }[] = [
  {
    label: s.textStyleGroup,
    tools: [
      {
        id: 'bold',
        name: s.bold,
        glyph: 'B',
        shortcut: { key: 'B' },
        pressed: (a) => a.bold,
        run: (e) => e.chain().focus().toggleBold().run(),
      },
      {
        id: 'italic',
        name: s.italic,
        glyph: 'I',
        shortcut: { key: 'I' },
        pressed: (a) => a.italic,
        run: (e) => e.chain().focus().toggleItalic().run(),
      },
      {
        id: 'underline',
        name: s.underline,
        glyph: 'U',
        shortcut: { key: 'U' },
        pressed: (a) => a.underline,
        run: (e) => e.chain().focus().toggleUnderline().run(),
      },
      {
        id: 'strike',
        name: s.strike,
        glyph: 'S',
        shortcut: { key: 'S', shift: true },
        pressed: (a) => a.strike,
        run: (e) => e.chain().focus().toggleStrike().run(),
      },
      {
        id: 'highlight',
        name: s.highlight,
        glyph: <span className="toolbar__mark">A</span>,
        shortcut: { key: 'H', shift: true },
        pressed: (a) => a.highlight,
        run: (e) => e.chain().focus().toggleHighlight().run(),
      },
    ],
  },
  {
    label: s.blocksGroup,
    tools: [
      {
        id: 'heading',
        name: s.heading,
        glyph: icons.heading,
        shortcut: { key: '2', alt: true },
        pressed: (a) => a.heading2,
        run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
      },
      {
        id: 'subheading',
        name: s.subheading,
        glyph: icons.subheading,
        shortcut: { key: '3', alt: true },
        pressed: (a) => a.heading3,
        run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
      },
      {
        id: 'quote',
        name: s.quote,
        glyph: icons.quote,
        shortcut: { key: 'B', shift: true },
        pressed: (a) => a.blockquote,
        run: (e) => e.chain().focus().toggleBlockquote().run(),
      },
      {
        id: 'divider',
        name: s.divider,
        glyph: icons.divider,
        hint: s.dividerHint,
        run: (e) => e.chain().focus().setHorizontalRule().run(),
      },
    ],
  },
  {
    label: s.listsGroup,
    tools: [
      {
        id: 'bulletList',
        name: s.bulletList,
        glyph: icons.bulletList,
        shortcut: { key: '8', shift: true },
        pressed: (a) => a.bulletList,
        run: (e) => e.chain().focus().toggleBulletList().run(),
      },
      {
        id: 'orderedList',
        name: s.orderedList,
        glyph: icons.orderedList,
        shortcut: { key: '7', shift: true },
        pressed: (a) => a.orderedList,
        run: (e) => e.chain().focus().toggleOrderedList().run(),
      },
      {
        id: 'taskList',
        name: s.taskList,
        glyph: icons.taskList,
        shortcut: { key: '9', shift: true },
        pressed: (a) => a.taskList,
        run: (e) => e.chain().focus().toggleTaskList().run(),
      },
    ],
  },
  {
    label: s.link,
    tools: [
      {
        id: 'link',
        name: s.link,
        glyph: icons.link,
        shortcut: { key: 'K', shift: true },
        dialog: true,
        run: (_e, actions) => {
          actions.editLink();
        },
      },
    ],
  },
  {
    label: s.historyGroup,
    tools: [
      {
        id: 'undo',
        name: s.undo,
        glyph: icons.undo,
        shortcut: { key: 'Z' },
        unavailable: (a) => !a.canUndo,
        run: (e) => e.chain().focus().undo().run(),
      },
      {
        id: 'redo',
        name: s.redo,
        glyph: icons.redo,
        shortcut: { key: 'Z', shift: true },
        unavailable: (a) => !a.canRedo,
        run: (e) => e.chain().focus().redo().run(),
      },
    ],
  },
];

/** Every tool in order: the roving focus walks this list across the groups. */
const ALL_TOOLS = GROUPS.flatMap((group) => group.tools);
const TOOL_COUNT = ALL_TOOLS.length;

function describe(tool: Tool): { title: string; keys: string | undefined } {
  if (tool.shortcut) {
    const { key, ...mods } = tool.shortcut;
    return {
      title: s.withShortcut(tool.name, shortcutLabel(key, mods)),
      keys: ariaShortcut(key, mods),
    };
  }
  return { title: tool.hint ? s.withShortcut(tool.name, tool.hint) : tool.name, keys: undefined };
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (the ARIA toolbar
 * pattern). It reads the editor through a useEditorState selector, so it re-renders only
 * when what the buttons show changes, never just because a letter was typed.
 */
export function EditorToolbar({ editor, actions }: { editor: Editor; actions: ToolbarActions }) {
  const state = useEditorState({ editor, selector: selectToolbarState });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function moveTo(index: number) {
    const next = (index + TOOL_COUNT) % TOOL_COUNT;
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: TOOL_COUNT - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={s.formattingLabel} onKeyDown={onKeyDown}>
      {GROUPS.map((group) => (
        <div key={group.label} className="toolbar__group" role="group" aria-label={group.label}>
          {group.tools.map((tool) => {
            const i = ALL_TOOLS.indexOf(tool);
            const { title, keys } = describe(tool);
            const unavailable = tool.unavailable?.(state) ?? false;
            return (
              <button
                key={tool.id}
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                type="button"
                className={`toolbar__button toolbar__button--${tool.id}`}
                tabIndex={i === current ? 0 : -1}
                aria-label={tool.name}
                aria-pressed={tool.pressed ? tool.pressed(state) : undefined}
                aria-disabled={unavailable || undefined}
                aria-haspopup={tool.dialog ? 'dialog' : undefined}
                aria-keyshortcuts={keys}
                data-active={tool.id === 'link' && state.link ? 'true' : undefined}
                title={title}
                onFocus={() => {
                  setCurrent(i);
                }}
                onClick={() => {
                  if (!unavailable) tool.run(editor, actions);
                }}
              >
                {typeof tool.glyph === 'string' ? (
                  <span aria-hidden="true">{tool.glyph}</span>
                ) : (
                  <span aria-hidden="true" className="toolbar__icon">
                    {tool.glyph}
                  </span>
                )}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
