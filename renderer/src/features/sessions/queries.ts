import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgendaItem, TherapySession, TherapySessionInput } from '../../../../shared/sessions';
import type { SummaryOptions } from '../../../../shared/summary';
import { call } from '../../api/client';

/** Query keys of this feature (the app clears the whole cache on lock). */
export const sessionKeys = {
  sessions: ['sessions', 'list'] as const,
  agenda: ['sessions', 'agenda'] as const,
  defaults: ['sessions', 'summaryDefaults'] as const,
  entries: ['sessions', 'entries'] as const,
  thoughts: ['sessions', 'thoughts'] as const,
  build: (options: SummaryOptions) => ['sessions', 'build', options] as const,
};

export function useSessions() {
  return useQuery({
    queryKey: sessionKeys.sessions,
    queryFn: () => call('sessions:list', {}),
    refetchOnMount: 'always',
  });
}

export function useAgenda() {
  return useQuery({
    queryKey: sessionKeys.agenda,
    queryFn: () => call('agenda:list', {}),
    // Topics are added from other places (entries, thought records): re-read on arrival.
    refetchOnMount: 'always',
  });
}

function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['sessions'] });
}

export function useSaveSession() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: TherapySessionInput) => call('sessions:save', input),
    onSuccess: invalidate,
  });
}

export function useDeleteSession() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (id: string) => call('sessions:delete', { id }),
    onSuccess: invalidate,
  });
}

export function useSetHomeworkDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { sessionId: string; homeworkId: string; done: boolean }) =>
      call('sessions:setHomeworkDone', input),
    onSuccess: (session: TherapySession) => {
      queryClient.setQueryData<TherapySession[]>(sessionKeys.sessions, (list = []) =>
        list.map((s) => (s.id === session.id ? session : s)),
      );
      void queryClient.invalidateQueries({ queryKey: ['sessions', 'build'] });
    },
  });
}

export function useAddAgenda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => call('agenda:add', { text, source: 'home', sourceId: null }),
    onSuccess: (item: AgendaItem) => {
      queryClient.setQueryData<AgendaItem[]>(sessionKeys.agenda, (list = []) => [...list, item]);
      void queryClient.invalidateQueries({ queryKey: ['sessions', 'build'] });
    },
  });
}

export function useUpdateAgenda() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (input: { id: string; text?: string; discussedIn?: string | null }) =>
      call('agenda:update', input),
    onSuccess: invalidate,
  });
}

export function useDeleteAgenda() {
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (id: string) => call('agenda:delete', { id }),
    onSuccess: invalidate,
  });
}

export function useSummaryDefaults() {
  return useQuery({
    queryKey: sessionKeys.defaults,
    queryFn: () => call('summary:defaults', {}),
    refetchOnMount: 'always',
  });
}

/** Entries to pick from: id, date and title only (the picker never shows entry text). */
export function usePickableEntries() {
  return useQuery({
    queryKey: sessionKeys.entries,
    queryFn: () => call('journal:list', {}),
    select: (list) =>
      list
        .filter((e) => e.deletedAt === null)
        .map((e) => ({ id: e.id, date: e.date, title: e.title }))
        .sort((a, b) => b.date.localeCompare(a.date)),
    refetchOnMount: 'always',
  });
}

export function usePickableThoughts() {
  return useQuery({
    queryKey: sessionKeys.thoughts,
    queryFn: () => call('thoughts:list', {}),
    refetchOnMount: 'always',
  });
}

export function useSummaryBuild(options: SummaryOptions | null) {
  return useQuery({
    queryKey: sessionKeys.build(
      options ?? { from: '', to: '', sections: {}, entries: [], thoughtRecordIds: [] },
    ),
    queryFn: () => call('summary:build', options as SummaryOptions),
    enabled: options !== null,
    placeholderData: (previous) => previous,
    // Anything logged elsewhere since the last visit (e.g. a skill practice) must show: re-read.
    refetchOnMount: 'always',
  });
}

export function useExportSummary() {
  return useMutation({
    mutationFn: (input: {
      options: SummaryOptions;
      format: 'pdf' | 'md';
      pageSize: 'A4' | 'Letter';
    }) => call('summary:export', input),
  });
}
