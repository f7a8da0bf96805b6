import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '../src/bootstrap/create-http-app';
import { HealthService } from '../src/modules/health/health.service';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';

describe('HTTP foundation', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    useTestEnv({ DATABASE_URL: await createTestDatabase(), CORS_ORIGINS: 'https://allowed.example', BODY_LIMIT_BYTES: '2048' });
    app = await createHttpApp();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app?.close());

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('answers liveness and readiness with PostgreSQL and Redis checked', async () => {
    expect((await get('/api/health/live')).statusCode).toBe(200);
    const ready = await get('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('publishes OpenAPI docs', async () => {
    expect((await get('/api/docs')).statusCode).toBe(200);
    const doc = (await get('/api/docs/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health/ready']));
  });

  it('exposes Prometheus metrics with HTTP latency and queue depth', async () => {
    await get('/api/health/live');
    const metrics = await get('/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain('http_request_duration_seconds_bucket{');
    expect(metrics.body).toContain('route="/api/health/live"');
    expect(metrics.body).toContain('queue_jobs{queue="audit",state="waiting"}');
    expect(metrics.body).toContain('outbox_pending_messages');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('echoes a request id and sets security headers', async () => {
    const res = await get('/api/health/live', { 'x-request-id': 'trace-abc-1' });
    expect(res.headers['x-request-id']).toBe('trace-abc-1');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('allows CORS only for listed origins', async () => {
    const allowed = await get('/api/health/live', { origin: 'https://allowed.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://allowed.example');
    const other = await get('/api/health/live', { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(4096) }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('turns readiness red while shutting down', async () => {
    const health = app.get(HealthService);
    health.beforeApplicationShutdown();
    expect((await get('/api/health/ready')).statusCode).toBe(503);
  });
});

describe('configuration at boot', () => {
  it('fails fast naming the bad variable', async () => {
    useTestEnv({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x', PORT: 'eighty' });
    await expect(createHttpApp()).rejects.toThrow(/PORT/);
    process.env.PORT = '';
  });
});
