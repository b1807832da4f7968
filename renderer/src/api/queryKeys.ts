/** Every TanStack Query key in one place, so invalidation can't drift from the queries. */
export const queryKeys = {
  prefs: ['prefs'] as const,
  settings: ['settings'] as const,
  appInfo: ['app', 'info'] as const,
  journal: ['journal'] as const,
  entryList: ['journal', 'list'] as const,
  entry: (id: string) => ['journal', 'entry', id] as const,
  loadState: ['journal', 'loadState'] as const,
  goals: ['goals'] as const,
  conflicts: ['conflicts'] as const,
};

/**
 * For "everything shown may be out of date" (another writer, the older months read): every
 * query but an entry's own. The text of an entry on screen is the user's; it is never swapped
 * under their cursor.
 */
export function allButEntries(query: { queryKey: readonly unknown[] }): boolean {
  return !(query.queryKey[0] === 'journal' && query.queryKey[1] === 'entry');
}
