import type { ApiKey, ChannelStatus, ChannelStatusList, CreateApiKeyRequest, CreatedApiKey } from '@fullcircle/shared';
import { request } from './http';

/** Path of the public intake endpoint, for showing to integrators (the web app itself never posts there). */
export const PUBLIC_FEEDBACK_PATH = '/api/intake/feedback';

export function listApiKeys(): Promise<ApiKey[]> {
  return request<ApiKey[]>('/api/intake/api-keys');
}

/** The answer holds the secret: it exists only in this response. */
export function createApiKey(body: CreateApiKeyRequest): Promise<CreatedApiKey> {
  return request<CreatedApiKey>('/api/intake/api-keys', { method: 'POST', body });
}

export function revokeApiKey(id: string): Promise<ApiKey> {
  return request<ApiKey>(`/api/intake/api-keys/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/** Every channel's setup and its recent deliveries (admins). */
export async function listChannelStatuses(): Promise<ChannelStatus[]> {
  return (await request<ChannelStatusList>('/api/intake/channels')).channels;
}
