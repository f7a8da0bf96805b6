import type { CreateWebhookSourceRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createWebhookSource } from '../../../../api/webhook-sources.api';
import { webhookSourceKeys } from '../webhook-sources.keys';

export function useCreateWebhookSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhookSourceRequest) => createWebhookSource(body),
    // The answer carries the one-time secret: drop it from the mutation cache as soon as nothing shows it.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookSourceKeys.all }),
  });
}
