// Session helper for e2e suites: the real HTTP app on a fresh database seeded with the demo
// organisation, plus sign-in per role. Requests go through fastify's inject (no port needed).
import 'reflect-metadata';
import { DEMO_LOGINS, SESSION_COOKIE, type Role } from '@fullcircle/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, Response } from 'light-my-request';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/bootstrap/create-http-app';
import { createTestDatabase } from './test-database';
import { useTestEnv } from './test-env';

export interface E2eApp {
  app: NestFastifyApplication;
  /** The environment the app was built with (DATABASE_URL, QUEUE_PREFIX, ...). */
  env: Record<string, string>;
  db: DataSource;
  request(options: InjectOptions & { cookie?: string }): Promise<Response>;
  login(email: string, password: string, headers?: Record<string, string>): Promise<Response>;
  /** Signs a demo user in and returns the Cookie header value for later requests. */
  signIn(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** The `fc_session=<token>` Cookie header from a response's Set-Cookie, or null. */
export function sessionCookie(res: Response): string | null {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  return cookie?.value ? `${SESSION_COOKIE}=${cookie.value}` : null;
}

/**
 * Builds the app exactly as production does. `env` overrides the defaults, e.g. a small
 * LOGIN_RATE_LIMIT; pass DATABASE_URL to boot a second app on the same database.
 */
export async function startE2eApp(name: string, env: Record<string, string> = {}): Promise<E2eApp> {
  const values = useTestEnv({
    DATABASE_URL: env.DATABASE_URL ?? (await createTestDatabase(name)),
    SEED_DEMO: 'true',
    // Suites sign in far more often than a person would; the rate-limit suite sets its own.
    LOGIN_RATE_LIMIT: '1000',
    ...env,
  });
  const app = await createHttpApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const request: E2eApp['request'] = ({ cookie, headers, ...options }) =>
    app.inject({ ...options, headers: { ...headers, ...(cookie ? { cookie } : {}) } }) as unknown as Promise<Response>;
  const login: E2eApp['login'] = (email, password, headers) =>
    request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

  return {
    app,
    env: values,
    db: app.get(DataSource),
    request,
    login,
    async signIn(role) {
      const { email, password } = DEMO_LOGINS[role];
      const res = await login(email, password);
      const cookie = sessionCookie(res);
      if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in as ${role} failed: ${res.statusCode} ${res.body}`);
      return cookie;
    },
    close: () => app.close(),
  };
}
