import type { UpdateWebhookSourceRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateWebhookSource } from '../../../../api/webhook-sources.api';
import { webhookSourceKeys } from '../webhook-sources.keys';

export function useUpdateWebhookSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateWebhookSourceRequest }) => updateWebhookSource(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookSourceKeys.all }),
  });
}
