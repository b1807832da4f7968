import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { journalStrings } from '../features/journal/strings';

/**
 * The editor's extensions, defined once at module scope so every editor shares the same
 * configuration and React never rebuilds them. Links are off: a private journal has no
 * business opening remote pages, and the CSP would block them anyway.
 */
export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: false,
    codeBlock: false,
    code: false,
  }),
  Placeholder.configure({ placeholder: journalStrings.editorPlaceholder }),
];
