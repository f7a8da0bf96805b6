import type { IncidentUpdateRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publishIncidentUpdate } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

export function usePublishIncidentUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncidentUpdateRequest) => publishIncidentUpdate(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKeys.all }),
  });
}
