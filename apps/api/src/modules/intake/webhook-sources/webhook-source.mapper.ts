import type { WebhookSource as WebhookSourceDto } from '@fullcircle/shared';
import type { WebhookSource } from './entities/webhook-source.entity';

/** Where a source posts, as a path on this server. */
export const webhookPath = (id: string) => `/api/intake/webhooks/${id}`;

/** Never carries the secret. */
export function toWebhookSourceDto(source: WebhookSource): WebhookSourceDto {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind,
    network: source.network,
    path: webhookPath(source.id),
    secretPrefix: source.secretPrefix,
    mapping: source.mapping,
    active: source.active,
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
    secretRotatedAt: source.secretRotatedAt?.toISOString() ?? null,
    lastDeliveryAt: source.lastDeliveryAt?.toISOString() ?? null,
  };
}
