// Starts a fresh PostgreSQL and Redis, then the BUILT product on a free port: the API (with the
// demo seed) and one worker. Tests read the address from E2E_BASE_URL.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort, removeStaleTestData, repoRoot, startPostgres, startRedis } from '../../../tools/dev-services.mjs';
import { httpOk, spawnService, waitUntil } from '../../../tools/lib/processes.mjs';
import globalTeardown from './global-teardown.mjs';

const tmp = path.join(repoRoot, '.tmp');
export const logDir = path.join(tmp, 'e2e-logs');

function spawnApp(name, script, env) {
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const child = spawnService(process.execPath, ['--enable-source-maps', script], {
    env,
    onOutput: (chunk) => log.write(chunk),
  });
  child.once('exit', () => log.end());
  child.appName = name;
  return child;
}

export default async function globalSetup() {
  const api = path.join(repoRoot, 'apps/api/dist/main.js');
  const worker = path.join(repoRoot, 'apps/api/dist/worker.js');
  for (const file of [api, worker, path.join(repoRoot, 'apps/web/dist/index.html')]) {
    if (!existsSync(file)) {
      throw new Error(`${path.relative(repoRoot, file)} is missing: build first (npx nx run-many -t build)`);
    }
  }
  await removeStaleTestData(tmp, 'e2e');
  mkdirSync(logDir, { recursive: true });
  const state = { workDir: path.join(tmp, `e2e-${process.pid}`), apps: [] };
  globalThis.__FULLCIRCLE_E2E__ = state;
  try {
    state.postgres = await startPostgres({ dataDir: path.join(state.workDir, 'pg'), persistent: false });
    state.redis = await startRedis({});
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: state.postgres.url,
      REDIS_URL: state.redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      // every browser test signs in from 127.0.0.1; the limit itself is covered by the API suite
      LOGIN_RATE_LIMIT: '1000',
      WEB_DIST_DIR: path.join(repoRoot, 'apps/web/dist'),
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
    };
    // jest sets NODE_ENV=test; the product under test runs as `npm start` runs it.
    delete env.NODE_ENV;
    const baseUrl = `http://127.0.0.1:${port}`;
    state.apps.push(spawnApp('api', api, env));
    await waitUntil('the API', () => httpOk(`${baseUrl}/api/health/ready`), {
      child: state.apps[0],
      timeoutMs: 120000,
      intervalMs: 250,
    });
    state.apps.push(spawnApp('worker', worker, env));

    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_DATABASE_URL = state.postgres.url;
    process.env.E2E_REDIS_URL = state.redis.url;
  } catch (error) {
    await globalTeardown();
    throw error;
  }
}
