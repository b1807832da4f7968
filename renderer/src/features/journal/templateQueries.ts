import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JournalTemplateInput } from '../../../../shared/journalTemplates';
import { call } from '../../api/client';

export const templatesKey = ['journal', 'templates'] as const;

/** The user's own templates, by name. */
export function useTemplates() {
  return useQuery({ queryKey: templatesKey, queryFn: () => call('templates:list', {}) });
}

/** Creates a template (no id) or renames one. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JournalTemplateInput) => call('templates:save', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: templatesKey });
    },
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('templates:delete', { id }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: templatesKey });
    },
  });
}
