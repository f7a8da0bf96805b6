// `npm start`: builds everything, starts PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are
// set (data kept in .data/), then API_PROCESSES API processes, WORKERS worker processes and one
// SMTP process for inbound email (SMTP_PORT, default 2525; SMTP_PROCESS=false to leave it out).
// A process that dies is restarted with backoff (1s, 2s, 4s ... 30s); if it dies 5 times in a row
// within a minute of starting, or the first API never gets ready, everything is stopped (exit 1).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, repoRoot, startPostgres, startRedis } from './dev-services.mjs';
import { aliveAs, exited, httpOk, livePidFrom, startedWith, stopPid, waitUntil } from './lib/processes.mjs';
import { supervise } from './lib/supervisor.mjs';

const env = process.env;
const dataRoot = path.join(repoRoot, '.data');
const stateFile = path.join(dataRoot, 'start.json');
const apiScript = path.join(repoRoot, 'apps/api/dist/main.js');
const workerScript = path.join(repoRoot, 'apps/api/dist/worker.js');
const smtpScript = path.join(repoRoot, 'apps/api/dist/smtp.js');
const count = (name, fallback) => {
  const value = env[name] ? Number(env[name]) : fallback;
  if (!Number.isInteger(value) || value < 0) fail(`${name} must be a whole number, got "${env[name]}"`);
  return value;
};
const apiProcesses = Math.max(1, count('API_PROCESSES', 1));
const workers = count('WORKERS', 1);
const basePort = count('PORT', 3000);
// The app's own drain deadline plus a margin before the process is killed.
const graceMs = count('SHUTDOWN_GRACE_MS', 10000) + 5000;
const log = (message) => console.log(`[start] ${message}`);

let postgres = null;
let redis = null;
let storesStarting = null;
const processes = [];
let shutdownStarted = 0;

function fail(message) {
  console.error(`\n[start] ${message}`);
  process.exit(1);
}

async function shutdown(code, reason) {
  if (shutdownStarted) return;
  shutdownStarted = Date.now();
  if (reason) console.error(`\n[start] ${reason}`);
  log('stopping: API and workers first, then Redis, then PostgreSQL (Ctrl-C again to force)');
  await storesStarting?.catch(() => {});
  await Promise.all(processes.map((p) => p.stop()));
  await redis?.stop().catch((error) => console.error(`[start] Redis: ${error.message}`));
  await postgres?.stop().catch((error) => console.error(`[start] PostgreSQL: ${error.message}`));
  log(postgres || redis ? 'stopped; data is kept in .data/' : 'stopped');
  process.exit(code);
}

function onSignal() {
  if (!shutdownStarted) return shutdown(0);
  // npm forwards the terminal's Ctrl-C too, so a signal right after the first is the same one.
  if (Date.now() - shutdownStarted > 2000) {
    log('forcing the app processes to stop');
    for (const p of processes) p.stop({ force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

// `kill <npm's pid>` ends npm and its shell without passing the signal on: stop with them.
if (env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown(0, 'npm exited'), 1000).unref();
}
process.on('exit', () => {
  // Last resort (for example an uncaught error here): never leave app processes behind.
  for (const p of processes) p.child?.kill('SIGTERM');
});

async function build() {
  const args = ['nx', 'run-many', '-t', 'build', '--output-style=static'];
  log(`building: npx ${args.join(' ')}`);
  const child = spawn('npx', args, { cwd: repoRoot, stdio: 'inherit' });
  const code = await exited(child);
  if (code !== 0) fail(`the build failed (${code}); see the output above`);
  for (const file of [apiScript, workerScript, smtpScript]) {
    if (!existsSync(file)) fail(`the build did not produce ${path.relative(repoRoot, file)}`);
  }
}

function saveState() {
  const apps = processes.map((p) => p.child?.pid).filter(Boolean);
  writeFileSync(stateFile, JSON.stringify({ pid: process.pid, apps }));
}

/** Stops what a previous `npm start` left running when it was killed without a chance to clean up. */
async function stopLeftovers() {
  mkdirSync(dataRoot, { recursive: true });
  const state = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : { apps: [] };
  // pids are reused: only processes started with our own scripts count.
  const ours = (pid, script) => aliveAs(pid, 'node') && startedWith(pid, script);
  if (ours(state.pid, 'tools/start.mjs') && state.pid !== process.pid) {
    fail(`npm start is already running here (pid ${state.pid}); stop it first.`);
  }
  const apps = state.apps.filter((pid) => ours(pid, path.join(repoRoot, 'apps/api/dist/')));
  const pg = livePidFrom(path.join(dataRoot, 'postgres/postmaster.pid'), 'postgres');
  const rd = livePidFrom(path.join(dataRoot, 'redis/redis.pid'), 'redis');
  if (!apps.length && !pg && !rd) return;
  log(`stopping processes left running by an earlier start: ${[...apps, rd, pg].filter(Boolean).join(', ')}`);
  await Promise.all(apps.map((pid) => stopPid(pid, 'node')));
  if (rd) await stopPid(rd, 'redis');
  if (pg) await stopPid(pg, 'postgres', { signal: 'SIGINT', graceMs: 60000 });
}

async function startStores() {
  if (!env.DATABASE_URL) {
    postgres = await startPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: await freePort(5433),
      logFile: path.join(dataRoot, 'postgres.log'),
    });
  }
  if (!env.REDIS_URL) {
    redis = await startRedis({
      port: await freePort(6380),
      dir: path.join(dataRoot, 'redis'),
      logFile: path.join(dataRoot, 'redis.log'),
    });
  }
}

async function apiPorts() {
  // An explicit PORT is taken as given; the default moves up when 3000 is busy.
  const first = env.PORT ? basePort : await freePort(basePort);
  return Array.from({ length: apiProcesses }, (_, i) => first + i);
}

function probeHost() {
  const host = env.HOST;
  if (!host || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** One SMTP process per deployment: the port cannot be shared, so it is never scaled like the API. */
const smtpEnabled = env.SMTP_PROCESS !== 'false';

async function smtpPort() {
  // An explicit SMTP_PORT is taken as given; the default moves up when 2525 is busy.
  return env.SMTP_PORT ? count('SMTP_PORT', 2525) : freePort(2525);
}

function banner(ports, smtp) {
  const host = probeHost() === '127.0.0.1' ? 'localhost' : probeHost();
  const urls = ports.map((port) => `http://${host}:${port}`);
  const lines = [
    `Fullcircle is running at ${urls[0]}`,
    ports.length > 1 ? `API processes on ${urls.join(', ')}: put a load balancer in front of them` : null,
    `API processes: ${ports.length}   worker processes: ${workers}`,
    postgres ? `PostgreSQL: 127.0.0.1:${postgres.port} (data in .data/postgres)` : 'PostgreSQL: DATABASE_URL',
    redis ? `Redis:      127.0.0.1:${redis.port} (data in .data/redis)` : 'Redis:      REDIS_URL',
    smtp ? `Email in:   SMTP on ${probeHost()}:${smtp} for ${env.INBOUND_EMAIL_ADDRESSES || 'feedback@fullcircle.localhost'}` : null,
    env.SEED_DEMO === 'false'
      ? null
      : 'Demo logins: admin@demo.fullcircle.test (also exec@, owner@, member@), password fullcircle-demo',
    'Ctrl-C stops everything; data is kept for the next start.',
  ].filter(Boolean);
  const rule = '─'.repeat(Math.max(...lines.map((line) => line.length)) + 2);
  console.log(`\n${rule}\n${lines.map((line) => ` ${line}`).join('\n')}\n${rule}\n`);
}

async function main() {
  await stopLeftovers();
  saveState();
  if (!process.argv.includes('--no-build')) await build();
  if (shutdownStarted) return;
  storesStarting = startStores();
  await storesStarting;
  if (shutdownStarted) return;
  const childEnv = { ...env };
  if (postgres) childEnv.DATABASE_URL = postgres.url;
  if (redis) childEnv.REDIS_URL = redis.url;
  const onGiveUp = (reason) => shutdown(1, `${reason}; giving up. See its output above.`);

  const ports = await apiPorts();
  // Chosen before the API starts: it shows the port in Settings → Channels.
  const smtp = smtpEnabled ? await smtpPort() : null;
  if (smtp) childEnv.SMTP_PORT = String(smtp);
  const apis = ports.map((port, i) =>
    supervise({
      name: ports.length > 1 ? `api-${i + 1}` : 'api',
      script: apiScript,
      env: { ...childEnv, PORT: String(port) },
      onGiveUp,
      onSpawn: saveState,
      requireReady: true,
      graceMs,
    }),
  );
  processes.push(...apis);
  saveState();
  try {
    // Migrations (and the first demo seed) run before the API is ready; workers start after them.
    await Promise.all(
      apis.map(async (api, i) => {
        const ready = `http://${probeHost()}:${ports[i]}/api/health/ready`;
        await waitUntil(api.name, () => httpOk(ready), { child: api.child, timeoutMs: 180000, intervalMs: 500 });
        api.markReady();
      }),
    );
  } catch (error) {
    return shutdown(1, `${error.message.split('\n')[0]} (see its output above)`);
  }
  delete childEnv.PORT;
  for (let i = 0; i < workers; i += 1) {
    const name = workers > 1 ? `worker-${i + 1}` : 'worker';
    processes.push(supervise({ name, script: workerScript, env: childEnv, onGiveUp, onSpawn: saveState, graceMs }));
  }
  if (smtp) processes.push(supervise({ name: 'smtp', script: smtpScript, env: childEnv, onGiveUp, onSpawn: saveState, graceMs }));
  saveState();
  // Start-up logs would scroll the banner away: show it once the processes have gone quiet.
  const quiet = async () => processes.every((p) => p.lastOutputAt && Date.now() - p.lastOutputAt > 1000);
  await waitUntil('quiet', quiet, { timeoutMs: 10000 }).catch(() => {});
  if (!shutdownStarted) banner(ports, smtp);
}

main().catch((error) => shutdown(1, error.message));
