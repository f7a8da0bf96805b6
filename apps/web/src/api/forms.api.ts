import type { FeedbackForm, FormInput, FormSubmission, FormSubmissionAccepted, PublicForm } from '@fullcircle/shared';
import { ApiRequestError, request } from './http';

export function listForms(): Promise<FeedbackForm[]> {
  return request<FeedbackForm[]>('/api/intake/forms');
}

export function createForm(body: FormInput): Promise<FeedbackForm> {
  return request<FeedbackForm>('/api/intake/forms', { method: 'POST', body });
}

export function updateForm(id: string, body: FormInput): Promise<FeedbackForm> {
  return request<FeedbackForm>(`/api/intake/forms/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function deleteForm(id: string): Promise<void> {
  return request<void>(`/api/intake/forms/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The hosted page's form (no session needed). */
export function getPublicForm(slug: string): Promise<PublicForm> {
  return request<PublicForm>(`/api/intake/forms/${encodeURIComponent(slug)}/public`);
}

/**
 * The hosted page posts like the widget does, with an Idempotency-Key per attempt and no cookies
 * (the page is public). Its own fetch: request() sends the session and takes no extra headers.
 */
export async function submitHostedForm(slug: string, body: FormSubmission, idempotencyKey: string): Promise<FormSubmissionAccepted> {
  let response: Response;
  try {
    response = await fetch(`/api/intake/forms/${encodeURIComponent(slug)}/submissions`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
  } catch {
    throw new ApiRequestError(0, { statusCode: 0, error: 'Network', message: 'Cannot reach the server. Check your connection and try again.' });
  }
  const text = await response.text();
  let data: { message?: unknown; issues?: { field: string; message: string }[] } | null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message =
      response.status === 429
        ? `Too many answers right now. Please try again in ${response.headers.get('Retry-After') ?? 'a few'} seconds.`
        : typeof data?.message === 'string'
          ? data.message
          : 'Something went wrong. Please try again.';
    throw new ApiRequestError(response.status, { statusCode: response.status, error: 'Error', message, issues: data?.issues });
  }
  return data as FormSubmissionAccepted;
}
