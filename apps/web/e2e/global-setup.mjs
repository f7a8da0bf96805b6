// Starts a fresh PostgreSQL and Redis, then the BUILT product on a free port: the API (with the
// demo seed), one worker and the SMTP process. Tests read the addresses from E2E_BASE_URL and
// E2E_SMTP_PORT.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
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

/** True once something on 127.0.0.1:`port` answers with an SMTP greeting. */
function smtpGreets(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('data', (data) => {
      socket.end('QUIT\r\n');
      resolve(data.toString().startsWith('220'));
    });
    socket.once('error', () => resolve(false));
  });
}

export default async function globalSetup() {
  const api = path.join(repoRoot, 'apps/api/dist/main.js');
  const worker = path.join(repoRoot, 'apps/api/dist/worker.js');
  const smtp = path.join(repoRoot, 'apps/api/dist/smtp.js');
  for (const file of [api, worker, smtp, path.join(repoRoot, 'apps/web/dist/index.html')]) {
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
    const smtpPort = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: state.postgres.url,
      REDIS_URL: state.redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
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
    const smtpApp = spawnApp('smtp', smtp, env);
    state.apps.push(smtpApp);
    await waitUntil('the SMTP server', () => smtpGreets(smtpPort), { child: smtpApp, timeoutMs: 60000, intervalMs: 250 });

    process.env.E2E_BASE_URL = baseUrl;
    process.env.E2E_SMTP_PORT = String(smtpPort);
    process.env.E2E_DATABASE_URL = state.postgres.url;
    process.env.E2E_REDIS_URL = state.redis.url;
  } catch (error) {
    await globalTeardown();
    throw error;
  }
}
