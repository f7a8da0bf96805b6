import type { SaveTemplateRequest } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export function useTemplates(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: communicationsKeys.templates(), queryFn: listTemplates, enabled: options.enabled ?? true });
}

/** Creates the template when there is no id yet, else replaces it. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SaveTemplateRequest }) => (id ? updateTemplate(id, body) : createTemplate(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationsKeys.templates() }),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteTemplate(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationsKeys.templates() }),
  });
}
