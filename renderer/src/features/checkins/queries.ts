import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MoodCheckin, MoodCheckinInput, Tracker } from '../../../../shared/checkin';
import type { Measure } from '../../../../shared/measures';
import { call } from '../../api/client';

/** Query keys of this feature (the app clears the whole cache on lock). */
export const checkinKeys = {
  all: ['checkins'] as const,
  list: ['checkins', 'list'] as const,
  trackers: ['checkins', 'trackers'] as const,
  measures: ['checkins', 'measures'] as const,
};

export function useCheckins() {
  // A journal entry's mood picker records check-ins too: re-read on arrival.
  return useQuery({
    queryKey: checkinKeys.list,
    queryFn: () => call('checkins:list', {}),
    refetchOnMount: 'always',
  });
}

const newestFirst = (a: MoodCheckin, b: MoodCheckin) =>
  b.date.localeCompare(a.date) || b.at.localeCompare(a.at);

export function useSaveCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MoodCheckinInput) => call('checkins:save', input),
    onSuccess: (saved) => {
      queryClient.setQueryData<MoodCheckin[]>(checkinKeys.list, (list) =>
        [saved, ...(list ?? []).filter((c) => c.id !== saved.id)].sort(newestFirst),
      );
    },
  });
}

export function useDeleteCheckin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('checkins:delete', { id }),
    onSuccess: (_null, id) => {
      queryClient.setQueryData<MoodCheckin[]>(checkinKeys.list, (list) =>
        list?.filter((c) => c.id !== id),
      );
    },
  });
}

export function useTrackers() {
  return useQuery({ queryKey: checkinKeys.trackers, queryFn: () => call('trackers:list', {}) });
}

export function useSaveTracker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Tracker, 'id'> & { id?: string }) => call('trackers:save', input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Tracker[]>(checkinKeys.trackers, (list) =>
        [saved, ...(list ?? []).filter((t) => t.id !== saved.id)].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      );
    },
  });
}

export function useMeasures() {
  return useQuery({
    queryKey: checkinKeys.measures,
    queryFn: () => call('measures:list', {}),
    refetchOnMount: 'always',
  });
}

export function useSaveMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Measure, 'id' | 'at'>) => call('measures:save', input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Measure[]>(checkinKeys.measures, (list) => [
        saved,
        ...(list ?? []).filter((m) => m.id !== saved.id),
      ]);
    },
  });
}

export function useDeleteMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('measures:delete', { id }),
    onSuccess: (_null, id) => {
      queryClient.setQueryData<Measure[]>(checkinKeys.measures, (list) =>
        list?.filter((m) => m.id !== id),
      );
    },
  });
}
