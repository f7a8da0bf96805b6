import { useQuery } from '@tanstack/react-query';
import { listWebhookSources } from '../../../../api/webhook-sources.api';
import { webhookSourceKeys } from '../webhook-sources.keys';

export function useWebhookSources() {
  return useQuery({ queryKey: webhookSourceKeys.list(), queryFn: listWebhookSources });
}
