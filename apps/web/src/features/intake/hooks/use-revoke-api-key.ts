import type { ApiKey } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeApiKey } from '../../../api/intake.api';
import { intakeKeys } from '../intake.keys';

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeApiKey(id),
    onSuccess: (revoked) => {
      queryClient.setQueryData<ApiKey[]>(intakeKeys.apiKeys(), (keys) => keys?.map((k) => (k.id === revoked.id ? revoked : k)));
      return queryClient.invalidateQueries({ queryKey: intakeKeys.apiKeys() });
    },
  });
}
