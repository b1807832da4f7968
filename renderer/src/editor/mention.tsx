import Mention from '@tiptap/extension-mention';
import {
  Extension,
  NodeViewWrapper,
  ReactNodeViewRenderer,
  type ReactNodeViewProps,
} from '@tiptap/react';
import { LINK_KINDS, type LinkKind } from '../../../shared/journal';
import { useLinkTargets } from '../features/journal/linkQueries';
import { linkStrings as s } from '../features/journal/linkStrings';
import { filterTargets, MENTION_NODE, type LinkTarget } from './entryLinks';
import { renderMentionList } from './mentionSuggestion';

declare module '@tiptap/core' {
  interface Storage {
    linkTargets: { items: LinkTarget[] };
  }
}

/** Per editor: what "@" can suggest. The entry view fills it from the goal/thought/plan lists. */
export const LinkTargets = Extension.create({
  name: 'linkTargets',
  addStorage() {
    return { items: [] as LinkTarget[] };
  },
});

/** Hands one editor the targets its "@" suggestions come from. */
export function setLinkTargets(
  editor: { storage: { linkTargets: { items: LinkTarget[] } } },
  items: LinkTarget[],
) {
  editor.storage.linkTargets.items = items;
}

const asKind = (value: unknown): LinkKind | null =>
  typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value)
    ? (value as LinkKind)
    : null;

/** A link chip: shows the record's current title (the stored label only as a fallback). */
function MentionChip({ node }: ReactNodeViewProps) {
  const targets = useLinkTargets();
  const kind = asKind(node.attrs.kind);
  const id = String(node.attrs.id ?? '');
  const stored = String(node.attrs.label ?? '');
  const current = targets.find((t) => t.kind === kind && t.id === id);
  const label = current?.label ?? (stored || s.missing);
  return (
    <NodeViewWrapper
      as="span"
      className={`mention${kind ? ` mention--${kind}` : ''}`}
      data-kind={kind ?? undefined}
    >
      <span className="mention__kind">{kind ? s.kind[kind] : s.link}</span>
      <span className="mention__label">{label}</span>
    </NodeViewWrapper>
  );
}

/** "@" links to goals, thought records and plans, stored by kind and id. */
export const EntryMention = Mention.extend({
  name: MENTION_NODE,
  addAttributes() {
    return {
      ...this.parent?.(),
      kind: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-kind'),
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes.kind === 'string' ? { 'data-kind': attributes.kind } : {},
      },
    };
  },
  addNodeView() {
    return ReactNodeViewRenderer(MentionChip, { as: 'span' });
  },
}).configure({
  renderText: ({ node }) => `@${String(node.attrs.label ?? '')}`,
  suggestion: {
    char: '@',
    items: ({ query, editor }) => filterTargets(editor.storage.linkTargets.items, query),
    render: renderMentionList,
  },
});
