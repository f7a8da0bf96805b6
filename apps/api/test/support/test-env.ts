import { randomBytes } from 'node:crypto';

/**
 * Points the next app or worker built in this suite at its own database and its own BullMQ key
 * prefix on the shared test Redis, with quiet logs. Returns the values it set.
 */
export function useTestEnv(overrides: Record<string, string> & { DATABASE_URL: string }): Record<string, string> {
  const values: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    ...overrides,
  };
  if (!process.env.REDIS_URL) throw new Error('REDIS_URL is not set: run the API tests through jest (global setup starts Redis)');
  Object.assign(process.env, values);
  return values;
}
