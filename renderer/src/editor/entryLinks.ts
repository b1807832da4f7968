import type { DocNode, EntryLink, LinkKind } from '../../../shared/journal';
import { LINK_KINDS } from '../../../shared/journal';

/** Something an entry can link to with "@": a goal, a thought record or an obstacle plan. */
export interface LinkTarget {
  kind: LinkKind;
  id: string;
  label: string;
}

export const MENTION_NODE = 'mention';

const isKind = (value: unknown): value is LinkKind =>
  typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);

/** The links made by the document's mention chips, in order, without duplicates. */
export function mentionLinks(doc: DocNode): EntryLink[] {
  const out: EntryLink[] = [];
  const seen = new Set<string>();
  const walk = (node: DocNode) => {
    if (node.type === MENTION_NODE) {
      const kind = node.attrs?.kind;
      const id = node.attrs?.id;
      if (isKind(kind) && typeof id === 'string' && !seen.has(`${kind}:${id}`)) {
        seen.add(`${kind}:${id}`);
        out.push({ kind, id });
      }
      return;
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

/**
 * The entry's links: its mention chips, plus links made without a chip (kept until removed
 * from the side panel). A chip deleted from the text removes its link.
 */
export function mergeLinks(mentions: EntryLink[], extra: EntryLink[]): EntryLink[] {
  const keys = new Set(mentions.map((l) => `${l.kind}:${l.id}`));
  return [...mentions, ...extra.filter((l) => !keys.has(`${l.kind}:${l.id}`))];
}

/** Targets whose label holds every typed word (case- and accent-insensitive). */
export function filterTargets(targets: readonly LinkTarget[], query: string, limit = 8) {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return targets.filter((t) => words.every((w) => fold(t.label).includes(w))).slice(0, limit);
}
