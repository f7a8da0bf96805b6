// `npm run import -- <file.csv> [more.csv ...] --mapping <name>`: imports CSV files with the built
// API's services (apps/api/dist/import-cli.js), showing a progress bar.
// The database: DATABASE_URL when set; otherwise the one `npm start` keeps in .data/postgres (used
// as it is when `npm start` is running, else started for the import and stopped after). Redis
// likewise (REDIS_URL, else .data/redis): the import only records its delivery there.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, repoRoot, startPostgres, startRedis } from './dev-services.mjs';
import { exited, livePidFrom } from './lib/processes.mjs';

const env = { ...process.env };
const dataRoot = path.join(repoRoot, '.data');
const cli = path.join(repoRoot, 'apps/api/dist/import-cli.js');
const log = (message) => console.log(`[import] ${message}`);
const started = [];

async function stopStarted() {
  for (const service of started.reverse()) await service.stop().catch((error) => console.error(`[import] ${error.message}`));
}

/** The port a running PostgreSQL of `npm start` listens on (line 4 of postmaster.pid). */
function runningPostgresPort(dataDir) {
  if (!livePidFrom(path.join(dataDir, 'postmaster.pid'), 'postgres')) return null;
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]) || null;
}

/** The port a running Redis of `npm start` listens on (from its command line). */
function runningRedisPort(dir) {
  const pid = livePidFrom(path.join(dir, 'redis.pid'), 'redis');
  if (!pid) return null;
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  return Number(args[args.indexOf('--port') + 1]) || null;
}

async function stores() {
  if (!env.DATABASE_URL) {
    const dataDir = path.join(dataRoot, 'postgres');
    const port = runningPostgresPort(dataDir);
    if (port) {
      env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/fullcircle`;
      log(`using the PostgreSQL of npm start (port ${port})`);
    } else {
      log('starting PostgreSQL (data in .data/postgres)');
      const pg = await startPostgres({ dataDir, port: await freePort(5433), logFile: path.join(dataRoot, 'postgres.log') });
      started.push(pg);
      env.DATABASE_URL = pg.url;
    }
  }
  if (!env.REDIS_URL) {
    const dir = path.join(dataRoot, 'redis');
    const port = existsSync(dir) ? runningRedisPort(dir) : null;
    if (port) env.REDIS_URL = `redis://127.0.0.1:${port}`;
    else {
      const redis = await startRedis({ port: await freePort(6380), dir, logFile: path.join(dataRoot, 'redis.log') });
      started.push(redis);
      env.REDIS_URL = redis.url;
    }
  }
}

async function main() {
  if (!existsSync(cli)) {
    console.error('[import] apps/api/dist/import-cli.js is missing: build first with `npm run build` (or `npm start` once).');
    return 1;
  }
  const args = process.argv.slice(2);
  const wantsHelp = args.length === 0 || args.includes('--help') || args.includes('-h');
  if (!wantsHelp) await stores();
  // Logs would scroll the progress bar away: warnings and errors only, unless asked for.
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    env: { LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env, INIT_CWD: env.INIT_CWD ?? process.cwd() },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return exited(child);
}

main()
  .then(async (code) => {
    await stopStarted();
    process.exit(typeof code === "number" ? code : 1);
  })
  .catch(async (error) => {
    console.error(`[import] ${error.message}`);
    await stopStarted();
    process.exit(1);
  });
