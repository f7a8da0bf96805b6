import { mockFetch } from '../test/mock-fetch';
import { ApiRequestError, buildUrl, errorMessage, request } from './http';

describe('request', () => {
  it('sends JSON with the session cookie and resolves with the parsed body', async () => {
    const calls = mockFetch({ 'POST /api/things': { status: 200, body: { id: 1 } } });

    await expect(request('/api/things', { method: 'POST', body: { name: 'x' } })).resolves.toEqual({ id: 1 });

    expect(calls[0].init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      body: JSON.stringify({ name: 'x' }),
      headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
    });
  });

  it('resolves with undefined on 204 No Content', async () => {
    mockFetch({ 'POST /api/auth/logout': { status: 204 } });
    await expect(request('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('maps a 400 ApiError body to an ApiRequestError carrying status, message and issues', async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      issues: [{ field: 'email', message: 'must be an email address' }],
      requestId: 'req-1',
    };
    mockFetch({ 'POST /api/org/users': { status: 400, body } });

    const error = await request('/api/org/users', { method: 'POST', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiRequestError);
    const apiError = error as ApiRequestError;
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('Validation failed');
    expect(apiError.issues).toEqual([{ field: 'email', message: 'must be an email address' }]);
    expect(apiError.body.requestId).toBe('req-1');
  });

  it('words a 429 the product way whatever the body says', async () => {
    mockFetch({ 'POST /api/auth/login': { status: 429, body: { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException' } } });
    const error = await request('/api/auth/login', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(errorMessage(error)).toBe('Too many attempts, try again in a minute');
  });

  it('gives a generic error when the body is not an ApiError (e.g. a proxy page)', async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: false, status: 502, statusText: 'Bad Gateway', text: async () => '<html>' }) as Response);
    const error = (await request('/api/x').catch((e: unknown) => e)) as ApiRequestError;
    expect(error.status).toBe(502);
    expect(error.message).toBe('Something went wrong. Please try again.');
  });

  it('reports a network failure as status 0', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await request('/api/x').catch((e: unknown) => e)) as ApiRequestError;
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/cannot reach the server/i);
  });
});

describe('buildUrl', () => {
  it('drops empty filters from the query string', () => {
    expect(buildUrl('/api/org/users', { status: 'active', role: undefined, search: '' })).toBe('/api/org/users?status=active');
    expect(buildUrl('/api/org/users', {})).toBe('/api/org/users');
  });
});
