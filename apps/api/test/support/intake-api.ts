// Helpers for suites that call the public intake API: API keys created the way an admin does, and
// feedback submitted the way an outside system does.
import { randomUUID } from 'node:crypto';
import type { CreatedApiKey, SubmitFeedbackRequest } from '@fullcircle/shared';
import type { Response } from 'light-my-request';
import type { E2eApp } from './e2e-app';

export const FEEDBACK_URL = '/api/intake/feedback';
export const API_KEYS_URL = '/api/intake/api-keys';

/** Creates a key through the admin endpoint and returns it with its one-time secret. */
export async function createApiKey(e2e: E2eApp, adminCookie: string, name = 'CRM sync'): Promise<CreatedApiKey> {
  const res = await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie: adminCookie, payload: { name } });
  if (res.statusCode !== 201) throw new Error(`creating an API key failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function feedbackPayload(overrides: Partial<SubmitFeedbackRequest> = {}): SubmitFeedbackRequest {
  return { text: 'My bag arrived a day late.', customer: { email: `api.${randomUUID()}@example.test` }, ...overrides };
}

export interface SubmitOptions {
  secret?: string;
  idempotencyKey?: string | null;
  payload?: unknown;
  headers?: Record<string, string>;
}

/** POSTs JSON to the public endpoint; a fresh Idempotency-Key unless one (or null for none) is given. */
export function submitFeedback(e2e: E2eApp, { secret, idempotencyKey = randomUUID(), payload = feedbackPayload(), headers = {} }: SubmitOptions): Promise<Response> {
  return e2e.request({
    method: 'POST',
    url: FEEDBACK_URL,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
      ...headers,
    },
    payload: JSON.stringify(payload),
  });
}

export async function feedbackCountFrom(e2e: E2eApp, apiKeyId: string): Promise<number> {
  const [row] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE source = $1`, [`api-key:${apiKeyId}`]);
  return row.n;
}
