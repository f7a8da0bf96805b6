import type { CreateInitiativeRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createInitiative } from '../../../api/initiatives.api';
import { initiativesKeys } from '../initiatives.keys';

export function useCreateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInitiativeRequest) => createInitiative(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: initiativesKeys.all }),
  });
}
