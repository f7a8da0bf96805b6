import type { ChatConversation, ChatMessage, FormSubmission, FormSubmissionAccepted, PublicForm } from '@fullcircle/shared';

/** What the widget tells the visitor when a call fails. */
export class WidgetError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A fresh key per attempt; the same one is sent again when the visitor retries that attempt. */
export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

interface ErrorBody {
  message?: string;
  issues?: { field: string; message: string }[];
}

function kindly(status: number, body: ErrorBody, retryAfter: string | null): string {
  if (status === 429) return `Too many messages right now. Please try again in ${retryAfter ?? 'a few'} seconds.`;
  if (status === 403) return body.message?.includes('not valid') || body.message?.includes('closed') ? 'This conversation has ended.' : 'This site cannot send feedback to this form.';
  if (status === 404) return 'This form is not available any more.';
  const issue = body.issues?.[0];
  if (status === 400 && issue) return `${issue.field === 'comment' ? 'Your comment' : issue.field === 'email' ? 'Your email' : issue.field === 'score' ? 'The score' : issue.field}: ${issue.message}.`;
  return 'Something went wrong on our side. Please try again.';
}

/** No cookies anywhere (credentials: omit): the widget runs on other people's sites. */
export function client(base: string) {
  async function call<T>(path: string, init: { method?: string; body?: unknown; key?: string; token?: string } = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.key) headers['Idempotency-Key'] = init.key;
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let res: Response;
    try {
      res = await fetch(`${base}/api/intake${path}`, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'omit',
        mode: 'cors',
      });
    } catch {
      throw new WidgetError('We could not reach the server. Check your connection and try again.', 0);
    }
    const body = (await res.json().catch(() => ({}))) as T & ErrorBody;
    if (!res.ok) throw new WidgetError(kindly(res.status, body, res.headers.get('Retry-After')), res.status);
    return body;
  }
  return {
    form: (slug: string) => call<PublicForm>(`/forms/${encodeURIComponent(slug)}/public`),
    submit: (slug: string, body: FormSubmission, key: string) =>
      call<FormSubmissionAccepted>(`/forms/${encodeURIComponent(slug)}/submissions`, { method: 'POST', body, key }),
    messages: (token: string) => call<ChatConversation>('/chat/messages', { token }),
    send: (token: string, text: string, key: string) => call<ChatMessage>('/chat/messages', { method: 'POST', body: { text }, key, token }),
  };
}
export type WidgetClient = ReturnType<typeof client>;

/** localStorage, or nothing when the site or browser blocks it: the widget still works, without resuming. */
export const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* storage blocked: nothing to keep */
    }
  },
};
