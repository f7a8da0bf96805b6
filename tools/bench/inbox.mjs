// `npm run bench:inbox` (node tools/bench/inbox.mjs [--cases <n>] [--runs <n>] [--build] [--out <file>] [--keep])
//
// How fast the inbox answers with 100,000 open cases: a throwaway PostgreSQL and Redis and the
// real API (node apps/api/dist/main.js, as `npm start` runs it, demo organisation seeded). The
// cases are written straight into PostgreSQL with a few INSERT … SELECT over generate_series (the
// only step that bypasses the API: opening 100k cases through intake and the worker would measure
// routing, not the inbox): customers with an email identity, one conversation, feedback item and
// case each, spread over the demo departments and their members, open statuses, SLA due times from
// two days ago to a day ahead. Then ANALYZE, and these requests through HTTP as the Baggage owner
// (GET /api/cases, `--runs` timed requests each after 5 untimed ones):
//   first page      view=open, default sort (SLA due first), 50 cases
//   deep page       the page after 10,000 cases, with the cursor the list gave
//   filtered page   sentiment=negative&channel=email&assigneeId=none
//   search          q=wheelchair (full text; 1 case in 500 mentions it) and q=refund%20delayed
// It prints p50/p95 per request and writes bench/results/inbox.json. Every process started here is
// stopped at the end, on error and on Ctrl-C; the database lives under .tmp/bench-inbox-<pid>/.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, removeStaleTestData, startPostgres, startRedis } from '../dev-services.mjs';
import { exited, httpOk, spawnService, stopChild, waitUntil } from '../lib/processes.mjs';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const callerDir = process.env.INIT_CWD ?? process.cwd();
const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '40' },
    build: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/inbox.json') },
    keep: { type: 'boolean', default: false },
    hold: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const USAGE = `usage: npm run bench:inbox -- [--cases <n>] [--runs <n>] [--build] [--out <file>] [--keep]

  --cases  open cases to insert (default 100000)
  --runs   timed requests per scenario (default 40, after 5 untimed)
  --build  build the API first (npx nx run-many -t build -p shared api); done anyway when apps/api/dist is missing
  --out    where the JSON figures go (default bench/results/inbox.json)
  --keep   keep .tmp/bench-inbox-<pid>/ (process logs) after the run
  --hold   after the run, keep PostgreSQL and the API up (prints their URLs) until Ctrl-C, to look at query plans`;

const CASES = Number(args.cases);
const RUNS = Number(args.runs);
const OWNER = { email: 'owner@demo.fullcircle.test', password: 'fullcircle-demo' };
/** Targets for one request through HTTP on a developer machine (2 cores shared is the slow end). */
const TARGET_P95_MS = 300;

const dist = path.join(repoRoot, 'apps/api/dist');
const apiScript = path.join(dist, 'main.js');
const tmpRoot = path.join(repoRoot, '.tmp');
const runDir = path.join(tmpRoot, `bench-inbox-${process.pid}`);
const log = (message) => console.log(`[bench:inbox] ${message}`);

// ---------------------------------------------------------------- processes and cleanup

const state = { postgres: null, redis: null, api: null, db: null };
let cleaning = null;
async function cleanup() {
  cleaning ??= (async () => {
    await state.db?.end().catch(() => {});
    await stopChild(state.api, { graceMs: 15000 }).catch(() => {});
    await state.redis?.stop().catch((error) => console.error(`[bench:inbox] Redis: ${error.message}`));
    await state.postgres?.stop().catch((error) => console.error(`[bench:inbox] PostgreSQL: ${error.message}`));
    if (args.keep) log(`kept ${path.relative(repoRoot, runDir)}/ (logs)`);
    else rmSync(runDir, { recursive: true, force: true });
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[bench:inbox] ${signal}: stopping everything it started`);
    cleanup().finally(() => process.exit(130));
  });
}
process.on('exit', () => state.api?.kill('SIGKILL'));

async function build() {
  log('building: npx nx run-many -t build -p shared api');
  const child = spawn('npx', ['nx', 'run-many', '-t', 'build', '-p', 'shared', 'api', '--output-style=static'], { cwd: repoRoot, stdio: 'inherit' });
  const code = await exited(child);
  if (code !== 0 || !existsSync(apiScript)) throw new Error(`the build failed (${code}); see the output above`);
}

/** The newest modification time of the files under `dir` (ms). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

// ---------------------------------------------------------------- data

/**
 * 100k open cases in a few statements, all computed in PostgreSQL. Words are drawn by a fixed hash
 * (hashtext) of the row and word number, so every run has the same texts and the same answers to the same queries.
 */
async function insertCases(db, n) {
  const customers = Math.max(1, Math.round(n / 4));
  const words = [
    'bag', 'delayed', 'refund', 'seat', 'crew', 'lounge', 'booking', 'app', 'miles', 'gate', 'luggage', 'late', 'broken', 'rude', 'great',
    'helpful', 'cancelled', 'upgrade', 'meal', 'wifi', 'check-in', 'boarding', 'connection', 'hotel', 'voucher', 'charged', 'twice', 'lost',
    'damaged', 'stroller', 'toilet', 'screen', 'legroom', 'noise', 'pilot', 'weather', 'queue', 'security', 'passport', 'email',
  ];
  await db.query('BEGIN');
  await db.query(`CREATE TEMP TABLE bench_customer ON COMMIT DROP AS SELECT k, gen_random_uuid() AS id FROM generate_series(0, $1 - 1) k`, [customers]);
  await db.query(
    `INSERT INTO customer (id, name, segment, vip)
     SELECT id, (ARRAY['Ana','Ben','Chloe','Dev','Ema','Finn','Gus','Hana','Ivo','Jade'])[1 + k % 10] || ' Bench' || k,
            CASE k % 4 WHEN 0 THEN 'Frequent flyer' WHEN 1 THEN 'Business' ELSE NULL END, k % 50 = 0
       FROM bench_customer`,
  );
  await db.query(`INSERT INTO customer_identity (customer_id, kind, value) SELECT id, 'email', 'bench.' || k || '@example.test' FROM bench_customer`);
  await db.query(
    `CREATE TEMP TABLE bench_department ON COMMIT DROP AS
     SELECT row_number() OVER (ORDER BY d.slug) - 1 AS k, d.id,
            coalesce((SELECT array_agg(m.user_id ORDER BY m.user_id) FROM department_membership m JOIN app_user u ON u.id = m.user_id
                       WHERE m.department_id = d.id AND u.status = 'active'), '{}') AS members
       FROM department d`,
  );
  await db.query(
    `CREATE TEMP TABLE bench_case ON COMMIT DROP AS
     SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS conversation_id, gen_random_uuid() AS feedback_id, c.id AS customer_id,
            d.id AS department_id,
            CASE WHEN i % 10 < 3 OR cardinality(d.members) = 0 THEN NULL ELSE d.members[1 + i % cardinality(d.members)] END AS assignee_id,
            (ARRAY['email','sms','web_form','api','chat','social'])[1 + i % 6] AS channel,
            (ARRAY['negative','neutral','positive','negative'])[1 + (i / 7) % 4] AS sentiment,
            now() - (i % 20000) * interval '8.64 seconds' - (i / 20000) * interval '1 second' AS opened_at,
            (SELECT string_agg(($3::text[])[1 + (hashtext(i || ':' || j) & 2147483647) % cardinality($3::text[])], ' ') FROM generate_series(1, 12) j)
              || CASE WHEN i % 500 = 0 THEN ' wheelchair' ELSE '' END AS text
       FROM generate_series(1, $1) i
       JOIN bench_customer c ON c.k = i % $2
       JOIN bench_department d ON d.k = i % (SELECT count(*) FROM bench_department)`,
    [n, customers, words],
  );
  await db.query(
    `INSERT INTO conversation (id, customer_id, channel, reference, started_at, last_message_at)
     SELECT conversation_id, customer_id, channel, 'BN-' || lpad(i::text, 7, '0'), opened_at, opened_at FROM bench_case`,
  );
  await db.query(
    `INSERT INTO feedback (id, customer_id, conversation_id, channel, source, text, received_at, metadata, attachments, sentiment, topics, enriched_at)
     SELECT feedback_id, customer_id, conversation_id, channel, 'bench', text, opened_at, '{}', '[]', sentiment,
            ARRAY[(ARRAY['baggage','delay','refund','staff','app'])[1 + i % 5]], opened_at
       FROM bench_case`,
  );
  await db.query(
    `INSERT INTO cases (id, customer_id, conversation_id, department_id, assignee_id, first_feedback_id, status, priority, routed_by, routing,
                        sla_due_at, breached_at, assigned_at, opened_at, updated_at)
     SELECT case_id, customer_id, conversation_id, department_id, assignee_id, feedback_id,
            CASE WHEN assignee_id IS NULL THEN 'new' WHEN i % 7 = 0 THEN 'in_progress' WHEN i % 11 = 0 THEN 'waiting_on_customer' ELSE 'assigned' END,
            (ARRAY['low','normal','normal','high','urgent'])[1 + i % 5], 'rule',
            jsonb_build_object('by', 'rule', 'rule', NULL, 'model', NULL, 'explanation', 'bench', 'decidedAt', opened_at),
            CASE WHEN i % 11 = 0 AND assignee_id IS NOT NULL THEN NULL ELSE opened_at + (4 + i % 24) * interval '1 hour' END,
            CASE WHEN i % 11 <> 0 AND opened_at + (4 + i % 24) * interval '1 hour' < now() THEN opened_at + (4 + i % 24) * interval '1 hour' END,
            CASE WHEN assignee_id IS NOT NULL THEN opened_at END, opened_at, opened_at
       FROM bench_case`,
  );
  await db.query(`INSERT INTO case_item (feedback_id, case_id, attached_at) SELECT feedback_id, case_id, opened_at FROM bench_case`);
  await db.query('COMMIT');
  await db.query('ANALYZE');
  const { rows } = await db.query(`SELECT count(*)::int AS open FROM cases WHERE status IN ('new', 'assigned', 'in_progress', 'waiting_on_customer')`);
  return rows[0].open;
}

// ---------------------------------------------------------------- HTTP

function apiClient(baseUrl) {
  const jar = new Map();
  return async function call(method, route, body) {
    const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(30000) });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route} → ${res.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** `runs` timed GETs of `route` after 5 untimed; the page size and the first case id tell the runs apart from empty answers. */
async function time(api, name, route) {
  for (let i = 0; i < 5; i += 1) await api('GET', route);
  const samples = [];
  let page = null;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    page = await api('GET', route);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const result = {
    name,
    route,
    runs: RUNS,
    cases: page.cases.length,
    hasNextPage: page.nextCursor !== null,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(samples.at(-1)),
  };
  log(`${name.padEnd(22)} p50 ${String(result.p50Ms).padStart(7)} ms   p95 ${String(result.p95Ms).padStart(7)} ms   (${result.cases} cases${result.hasNextPage ? ', more' : ''})`);
  return result;
}

// ---------------------------------------------------------------- main

async function main() {
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!Number.isInteger(CASES) || CASES < 1000 || !Number.isInteger(RUNS) || RUNS < 5) throw new Error('--cases must be ≥ 1000 and --runs ≥ 5');
  const startedAt = new Date();
  if (args.build || !existsSync(apiScript)) await build();
  const stale = newest(path.join(repoRoot, 'apps/api/src')) > statSync(apiScript).mtimeMs;
  if (stale) log('WARNING: apps/api/src changed after apps/api/dist was built; run with --build to measure the current code');

  const baseUrl = await (async () => {
    await removeStaleTestData(tmpRoot, 'bench-inbox');
    mkdirSync(runDir, { recursive: true });
    state.postgres = await startPostgres({ dataDir: path.join(runDir, 'pg'), persistent: false, logFile: path.join(runDir, 'postgres.log') });
    state.redis = await startRedis({ port: await freePort(), logFile: path.join(runDir, 'redis.log') });
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: state.postgres.url, REDIS_URL: state.redis.url, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'true' };
    const logFile = createWriteStream(path.join(runDir, 'api.log'), { flags: 'a' });
    state.api = spawnService(process.execPath, [apiScript], { cwd: repoRoot, env, onOutput: (chunk) => logFile.write(chunk) });
    const url = `http://127.0.0.1:${port}`;
    await waitUntil('API', () => httpOk(`${url}/api/health/ready`), { child: state.api, timeoutMs: 180000, intervalMs: 500 });
    state.db = new pg.Client({ connectionString: state.postgres.url });
    state.db.on('error', () => {});
    await state.db.connect();
    return url;
  })();

  log(`inserting ${CASES} open cases …`);
  const insertStarted = performance.now();
  const open = await insertCases(state.db, CASES);
  const insertSeconds = round((performance.now() - insertStarted) / 1000);
  log(`${open} open cases in the database (${insertSeconds} s)`);

  const api = apiClient(baseUrl);
  await api('POST', '/api/auth/login', OWNER);
  const first = await time(api, 'first page', '/api/cases?view=open&limit=50');

  // The cursor 10,000 cases down, walked the way a client would (200 a page).
  let cursor = null;
  let walked = 0;
  while (walked < 10000) {
    const page = await api('GET', `/api/cases?view=open&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    walked += page.cases.length;
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  if (!cursor) throw new Error(`the owner's inbox ended after ${walked} cases: too few for a deep page`);
  const deep = await time(api, `deep page (${walked})`, `/api/cases?view=open&limit=50&cursor=${cursor}`);
  const filtered = await time(api, 'filtered page', '/api/cases?view=open&limit=50&sentiment=negative&channel=email&assigneeId=none');
  const rare = await time(api, 'search (rare word)', '/api/cases?view=open&limit=50&q=wheelchair');
  const common = await time(api, 'search (two words)', '/api/cases?view=open&limit=50&q=refund%20delayed');

  const scenarios = [first, deep, filtered, rare, common];
  const { rows: ownerScope } = await state.db.query(
    `SELECT count(*)::int AS n FROM cases c JOIN department_membership m ON m.department_id = c.department_id JOIN app_user u ON u.id = m.user_id
      WHERE u.email = $1 AND c.status IN ('new', 'assigned', 'in_progress', 'waiting_on_customer')`,
    [OWNER.email],
  );
  const result = {
    benchmark: 'inbox',
    ranAt: startedAt.toISOString(),
    staleBuild: stale,
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGb: round(os.totalmem() / 2 ** 30), node: process.version },
    data: { openCases: open, ownerOpenCases: ownerScope[0].n, insertSeconds, method: 'INSERT … SELECT generate_series straight into PostgreSQL, then ANALYZE' },
    method: `GET through HTTP as ${OWNER.email} (Baggage owner); ${RUNS} timed requests per scenario after 5 untimed, one at a time`,
    targetP95Ms: TARGET_P95_MS,
    scenarios,
    pass: Object.fromEntries(scenarios.map((s) => [s.name, s.p95Ms <= TARGET_P95_MS])),
    durationSeconds: round((Date.now() - startedAt.getTime()) / 1000),
  };
  mkdirSync(path.dirname(path.resolve(callerDir, args.out)), { recursive: true });
  writeFileSync(path.resolve(callerDir, args.out), `${JSON.stringify(result, null, 2)}\n`);
  const missed = Object.entries(result.pass).filter(([, ok]) => !ok).map(([name]) => name);
  log(`target p95 ≤ ${TARGET_P95_MS} ms: ${missed.length === 0 ? 'met by every request' : `MISSED by ${missed.join(', ')}`}`);
  log(`wrote ${path.relative(callerDir, path.resolve(callerDir, args.out))}`);
  if (args.hold) {
    log(`holding: PostgreSQL ${state.postgres.url}, API ${baseUrl}; Ctrl-C to stop`);
    await new Promise(() => {});
  }
  return 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    if (!interrupted) console.error(`[bench:inbox] ${error.stack ?? error.message}`);
    await cleanup();
    process.exit(1);
  });
