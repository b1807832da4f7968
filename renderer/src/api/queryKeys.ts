/** Every TanStack Query key in one place, so invalidation can't drift from the queries. */
export const queryKeys = {
  prefs: ['prefs'] as const,
  settings: ['settings'] as const,
  appInfo: ['app', 'info'] as const,
  journal: ['journal'] as const,
  entryList: ['journal', 'list'] as const,
  entry: (id: string) => ['journal', 'entry', id] as const,
  goals: ['goals'] as const,
  conflicts: ['conflicts'] as const,
};
