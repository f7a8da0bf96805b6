import type { TestWebhookMappingRequest } from '@fullcircle/shared';
import { useMutation } from '@tanstack/react-query';
import { testWebhookMapping } from '../../../../api/webhook-sources.api';

/** A dry run: nothing is stored, so nothing to invalidate. */
export function useTestWebhookMapping() {
  return useMutation({ mutationFn: (body: TestWebhookMappingRequest) => testWebhookMapping(body) });
}
