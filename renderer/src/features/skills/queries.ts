import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Practice, PracticeInput, Skill, SkillInput } from '../../../../shared/skills';
import { call } from '../../api/client';
import { linkTargetKeys } from '../journal/linkQueries';

/** Query keys of this feature (the app clears the whole cache on lock). */
export const skillKeys = {
  all: ['skills'] as const,
  list: ['skills', 'list'] as const,
  practices: ['skills', 'practices'] as const,
};

export function useSkills() {
  return useQuery({ queryKey: skillKeys.list, queryFn: () => call('skills:list', {}) });
}

export function usePractices() {
  return useQuery({
    queryKey: skillKeys.practices,
    queryFn: () => call('skills:practices', {}),
    // Practice is logged from Home, entries and homework too: re-read on arrival.
    refetchOnMount: 'always',
  });
}

/** Main answers every change with the skill: put it in the list without a refetch. */
function storeSkill(queryClient: QueryClient, skill: Skill): void {
  queryClient.setQueryData<Skill[]>(skillKeys.list, (list = []) =>
    list.some((s) => s.id === skill.id)
      ? list.map((s) => (s.id === skill.id ? skill : s))
      : [...list, skill],
  );
  void queryClient.invalidateQueries({ queryKey: linkTargetKeys.skills });
}

export function useSaveSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SkillInput) => call('skills:save', input),
    onSuccess: (skill) => {
      storeSkill(queryClient, skill);
    },
  });
}

export function useSetSkillHidden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; hidden: boolean }) => call('skills:setHidden', input),
    onSuccess: (skill) => {
      storeSkill(queryClient, skill);
    },
  });
}

export function useSetWhenItHelps() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; whenItHelps: string }) =>
      call('skills:setWhenItHelps', input),
    onSuccess: (skill) => {
      storeSkill(queryClient, skill);
    },
  });
}

export function useLogPractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PracticeInput) => call('skills:logPractice', input),
    onSuccess: (practice) => {
      queryClient.setQueryData<Practice[]>(skillKeys.practices, (list = []) => [practice, ...list]);
    },
  });
}

export function useDeletePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await call('skills:deletePractice', { id });
      return id;
    },
    onSuccess: (id) => {
      queryClient.setQueryData<Practice[]>(skillKeys.practices, (list = []) =>
        list.filter((p) => p.id !== id),
      );
    },
  });
}
