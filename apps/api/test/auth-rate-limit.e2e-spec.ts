import { DEMO_LOGINS } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const LIMIT = 3;

describe('login rate limit', () => {
  let e2e: E2eApp;
  let second: E2eApp;

  beforeAll(async () => {
    // Behind a proxy (TRUST_PROXY) the client IP comes from X-Forwarded-For, which lets one test play many clients.
    e2e = await startE2eApp('auth_rate_limit', { LOGIN_RATE_LIMIT: String(LIMIT), TRUST_PROXY: 'true' });
    // A second API process on the same database and Redis namespace: the limit is shared.
    second = await startE2eApp('auth_rate_limit', { ...e2e.env });
  });

  afterAll(async () => {
    await second?.close();
    await e2e?.close();
  });

  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  it(`answers 429 with Retry-After after ${LIMIT} attempts a minute from one IP, across processes`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const app = i % 2 ? second : e2e;
      statuses.push((await app.login(`someone${i}@demo.fullcircle.test`, 'wrong-password', from('203.0.113.7'))).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401]);
    const blocked = await second.login('someone-else@demo.fullcircle.test', 'wrong-password', from('203.0.113.7'));
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('blocks even the right password once the limit is reached', async () => {
    const blocked = await e2e.login(DEMO_LOGINS.admin.email, DEMO_LOGINS.admin.password, from('203.0.113.7'));
    expect(blocked.statusCode).toBe(429);
  });

  it(`limits attempts on one email to ${LIMIT} a minute whatever the IP`, async () => {
    const email = DEMO_LOGINS.owner.email;
    for (let i = 0; i < LIMIT; i++) {
      expect((await e2e.login(email, 'wrong-password', from(`198.51.100.${i + 1}`))).statusCode).toBe(401);
    }
    expect((await e2e.login(email.toUpperCase(), DEMO_LOGINS.owner.password, from('198.51.100.99'))).statusCode).toBe(429);
  });

  it('leaves other IPs and emails alone', async () => {
    const res = await e2e.login(DEMO_LOGINS.member.email, DEMO_LOGINS.member.password, from('192.0.2.10'));
    expect(res.statusCode).toBe(200);
  });
});
