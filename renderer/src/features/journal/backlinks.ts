import type { EntrySummary, LinkKind } from '../../../../shared/journal';

/**
 * Backlinks: the entries (not in the trash) whose links point at one goal, thought record or
 * plan. Links are stored once, on the entry; every record page computes this from the list.
 */
export function entriesLinkingTo(
  entries: EntrySummary[],
  kind: LinkKind,
  id: string,
): EntrySummary[] {
  return entries.filter(
    (e) => e.deletedAt === null && e.links.some((l) => l.kind === kind && l.id === id),
  );
}
