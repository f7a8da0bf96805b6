// Per-suite isolation on the one PostgreSQL cluster and Redis that test/global-setup.mjs starts.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function uniqueSuffix(): string {
  return `${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'db';
}

/** Creates an empty, uniquely named database and returns its URL. */
export async function createTestDatabase(name = 'e2e'): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_ADMIN_URL is not set: run the tests through jest (apps/api/jest.config.cjs)');
  const database = `${slug(name).slice(0, 30)}_${uniqueSuffix()}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A BullMQ key prefix no other suite uses, so suites sharing one Redis never see each other's jobs. */
export function freeRedisPrefix(name = 'test'): string {
  return `${slug(name).slice(0, 20)}-${uniqueSuffix()}`;
}
