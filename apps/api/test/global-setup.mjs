// Jest global setup (loaded natively, not transformed): one PostgreSQL cluster and one Redis for
// the whole run. Suites get their own database from test/support/test-database.ts.
import path from 'node:path';
import { removeStaleTestData, repoRoot, startPostgres, startRedis } from '../../../tools/dev-services.mjs';

export default async function globalSetup() {
  const tmp = path.join(repoRoot, '.tmp');
  await removeStaleTestData(tmp, 'pg-test');
  const postgres = await startPostgres({
    dataDir: path.join(tmp, `pg-test-${process.pid}`),
    persistent: false,
    database: 'test',
  });
  // Jest skips the teardown when the setup throws.
  const redis = await startRedis({}).catch(async (error) => {
    await postgres.stop();
    throw error;
  });
  globalThis.__FULLCIRCLE_TEST_SERVICES__ = { postgres, redis };

  // Inherited by the jest workers, which start after this.
  process.env.TEST_DATABASE_ADMIN_URL = postgres.adminUrl;
  process.env.DATABASE_URL = postgres.url;
  process.env.REDIS_URL = redis.url;
}
