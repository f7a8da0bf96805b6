import type {
  CreateWebhookSourceRequest,
  TestWebhookMappingRequest,
  TestWebhookMappingResult,
  UpdateWebhookSourceRequest,
  WebhookSource,
  WebhookSourceWithSecret,
} from '@fullcircle/shared';
import { request } from './http';

const BASE = '/api/intake/webhook-sources';

export function listWebhookSources(): Promise<WebhookSource[]> {
  return request<WebhookSource[]>(BASE);
}

/** The answer holds the signing secret: it exists only in this response. */
export function createWebhookSource(body: CreateWebhookSourceRequest): Promise<WebhookSourceWithSecret> {
  return request<WebhookSourceWithSecret>(BASE, { method: 'POST', body });
}

export function updateWebhookSource(id: string, body: UpdateWebhookSourceRequest): Promise<WebhookSource> {
  return request<WebhookSource>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

/** The answer holds the new secret; the old one stops working at once. */
export function rotateWebhookSecret(id: string): Promise<WebhookSourceWithSecret> {
  return request<WebhookSourceWithSecret>(`${BASE}/${encodeURIComponent(id)}/rotate-secret`, { method: 'POST' });
}

export function testWebhookMapping(body: TestWebhookMappingRequest): Promise<TestWebhookMappingResult> {
  return request<TestWebhookMappingResult>(`${BASE}/test-mapping`, { method: 'POST', body });
}
