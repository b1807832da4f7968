import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { journalStrings } from '../features/journal/strings';
import { LinkActions } from './linkActions';
import { EntryMention, LinkTargets } from './mention';
import { isSafeWebUrl } from './links';

/**
 * The editor's extensions, defined once at module scope so every editor shares the same
 * configuration and React never rebuilds them.
 *
 * What's deliberately absent: images (a pasted remote image would be a network request, and
 * Waypoint makes none), code and code blocks (a journal, not a notebook). StarterKit brings
 * the Markdown-style input rules: "## " and "### " headings, "- " / "* " bullets, "1. "
 * numbers, "> " quotes, "---" rules; TaskItem adds "[ ] " and "[x] ".
 */
// Each block takes its direction from its own first strong character (rendering only, not
// stored), so an Arabic or Hebrew line reads right to left among English ones.
const AUTO_DIRECTION = { HTMLAttributes: { dir: 'auto' } };

export const editorExtensions = [
  StarterKit.configure({
    paragraph: AUTO_DIRECTION,
    heading: { levels: [2, 3], ...AUTO_DIRECTION },
    codeBlock: false,
    code: false,
    link: {
      // A click asks first (LinkActions), then main opens the system browser.
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      // Checked when a link is set, parsed, rendered or auto-linked. Only full http(s)
      // addresses qualify, so "notes.md" or "a@b.org" in a sentence never become links.
      isAllowedUri: (url) => isSafeWebUrl(url),
      // Pasting an address over selected text sets the link without isAllowedUri.
      shouldAutoLink: (url) => isSafeWebUrl(url),
      HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
    },
  }),
  Highlight.configure({ multicolor: false }),
  TaskList,
  TaskItem.configure({
    nested: true,
    a11y: {
      checkboxLabel: (node) => journalStrings.taskCheckbox(node.textContent),
    },
  }),
  Placeholder.configure({ placeholder: journalStrings.editorPlaceholder }),
  LinkActions,
  LinkTargets,
  EntryMention,
];
