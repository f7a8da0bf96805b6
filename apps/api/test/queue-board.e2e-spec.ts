import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('queue board at /admin/queues', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('queue-board');
  });

  afterAll(() => e2e?.close());

  const open = (cookie?: string, accept = 'application/json') =>
    e2e.request({ method: 'GET', url: '/admin/queues/api/queues', cookie, headers: { accept } });

  it('sends a visitor without a session to sign in', async () => {
    expect((await open()).statusCode).toBe(401);
    const page = await e2e.request({ method: 'GET', url: '/admin/queues', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login?redirect=%2Fadmin%2Fqueues');
  });

  it.each(['member', 'owner', 'executive'] as const)('denies a signed-in %s', async (role) => {
    expect((await open(await e2e.signIn(role))).statusCode).toBe(403);
  });

  it('shows every queue to an admin', async () => {
    const cookie = await e2e.signIn('admin');
    const res = await open(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().queues.map((q: { name: string }) => q.name)).toContain('audit');
    const page = await e2e.request({ method: 'GET', url: '/admin/queues', cookie, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html');
  });
});
