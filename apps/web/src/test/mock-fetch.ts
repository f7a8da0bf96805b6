/** A stand-in for the API in component tests: answers by "METHOD /path", records every call. */
export interface MockAnswer {
  status: number;
  body?: unknown;
}

export type MockRoutes = Record<string, MockAnswer | ((init: RequestInit | undefined, url: string) => MockAnswer)>;

export interface FetchCall {
  method: string;
  url: string;
  init: RequestInit | undefined;
}

export function mockFetch(routes: MockRoutes): FetchCall[] {
  const calls: FetchCall[] = [];
  const fetchMock = jest.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ method, url, init });
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(init, url) : (route ?? { status: 404, body: { statusCode: 404, error: 'Not Found', message: `No mock for ${method} ${path}` } });
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      statusText: '',
      text: async () => text,
    } as Response;
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return calls;
}
