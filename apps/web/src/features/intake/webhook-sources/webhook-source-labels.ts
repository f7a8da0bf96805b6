import type { WebhookSourceKind } from '@fullcircle/shared';

export const KIND_LABELS: Record<WebhookSourceKind, string> = {
  social: 'Social',
  review: 'Review',
};
