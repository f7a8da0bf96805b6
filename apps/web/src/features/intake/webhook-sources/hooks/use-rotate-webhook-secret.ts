import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rotateWebhookSecret } from '../../../../api/webhook-sources.api';
import { webhookSourceKeys } from '../webhook-sources.keys';

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => rotateWebhookSecret(id),
    // The answer carries the one-time secret.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookSourceKeys.all }),
  });
}
