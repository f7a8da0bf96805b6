import type { UpdateInitiativeRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateInitiative } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

export function useUpdateInitiative(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateInitiativeRequest) => updateInitiative(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKeys.all }),
  });
}
