import type { CreateApiKeyRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createApiKey } from '../../../api/intake.api';
import { intakeKeys } from '../intake.keys';

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyRequest) => createApiKey(body),
    // The answer carries the one-time secret: drop it from the mutation cache as soon as nothing shows it.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.apiKeys() }),
  });
}
