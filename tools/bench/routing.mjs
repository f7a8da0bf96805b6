// `npm run bench:routing` (node tools/bench/routing.mjs [--data <dir>] [--threshold <x>] [--build] [--out <file>] [--keep] [--strict])
//
// Replays the airline data set through the real product: a throwaway PostgreSQL and Redis, the
// API (node apps/api/dist/main.js) and one worker (apps/api/dist/worker.js), exactly as `npm start`
// runs them. Then:
//   1. train.csv is imported through intake (`import-cli`, mapping airline-tweets: channel csv,
//      message id `airline-tweets:<tweet_id>`), and enriched and filed in cases by the worker;
//   2. its labels are written as the organisation's labelled history. They are IMPORTED AS LABELS:
//      one bulk INSERT into feedback_label (source 'import'), the only step that bypasses the API
//      (the staff endpoint takes one label per request; 11k labels that way would only measure
//      HTTP). Sentiment = airline_sentiment for every train item; department = the data set
//      README's mapping of negativereason for negative items with a mapped reason ("Can't Tell"
//      and non-negative items get no department label);
//   3. both classifiers are retrained through the API (POST /api/enrichment/models/:kind/retrain,
//      run by the worker's training queue: latest label per item, 20% held out, promoted when at
//      least as good as the active model) and the bench waits for active versions;
//   4. every routing rule is deleted (so the figures measure the model), the threshold in force is
//      read (`--threshold x` sets it first with PUT /api/routing/settings);
//   5. test.csv is imported the same way and the bench waits until every test item is in a case;
//   6. the figures are read from PostgreSQL: feedback.sentiment against airline_sentiment, the
//      department model's best guess (cases.routing->model->departmentId) and what routing did
//      (cases.routed_by, cases.department_id) against the mapped department.
// test.csv is only ever routed and scored: nothing is trained or tuned on it (the threshold is
// the one configured, or the one given on the command line, never chosen from test results).
//
// Same-run baseline and cross-check: the active models are also loaded from PostgreSQL into this
// process with the same build of the classification code and run over the test items' stored
// text; their answers must agree with what the pipeline stored (proof that the measurement reads
// the right rows), and the pipeline's items/s is reported as a ratio to this in-process rate.
//
// The data set (CC BY-NC-SA) is read in place: default $AIRLINE_TWEETS_DIR, else
// ../shared/datasets/airline-tweets beside the checkout. Its rows only ever land in the throwaway
// database under .tmp/bench-routing-<pid>/, removed at the end (`--keep` keeps the folder's logs).
// Every process started here is stopped at the end, on error and on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { freePort, removeStaleTestData, startPostgres, startRedis } from '../dev-services.mjs';
import { exited, httpOk, sleep, spawnService, stopChild, waitUntil } from '../lib/processes.mjs';
import { AIRLINE_DEPARTMENTS } from './airline-departments.mjs';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const callerDir = process.env.INIT_CWD ?? process.cwd();
const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.AIRLINE_TWEETS_DIR ?? path.resolve(repoRoot, '../shared/datasets/airline-tweets') },
    threshold: { type: 'string' },
    build: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repoRoot, 'bench/results/routing.json') },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const USAGE = `usage: npm run bench:routing -- [--data <dir>] [--threshold <0.5-0.99>] [--build] [--out <file>] [--keep] [--strict]

  --data       folder with train.csv and test.csv (default $AIRLINE_TWEETS_DIR or ../shared/datasets/airline-tweets)
  --threshold  set the routing auto-route threshold (PUT /api/routing/settings) before routing test.csv
  --build      build first (npx nx run-many -t build); done anyway when apps/api/dist is missing
  --out        where the JSON figures go (default bench/results/routing.json)
  --keep       keep .tmp/bench-routing-<pid>/ (process logs) after the run
  --strict     exit 1 when a target is missed (default: exit 0 once the run completes)`;

const dataDir = path.resolve(callerDir, args.data);
const outFile = path.resolve(callerDir, args.out);

const DEPARTMENTS = AIRLINE_DEPARTMENTS;
const DEPARTMENT_NAMES = [...new Set(Object.values(DEPARTMENTS))];
const TARGETS = { sentimentAccuracy: 0.82, departmentAccuracy: 0.72, autoRoutedPrecision: 0.88, autoRoutedShare: 0.5 };
const MAPPING = 'airline-tweets';
const ADMIN = { email: 'admin@demo.fullcircle.test', password: 'fullcircle-demo' };

const dist = path.join(repoRoot, 'apps/api/dist');
const apiScript = path.join(dist, 'main.js');
const workerScript = path.join(dist, 'worker.js');
const importScript = path.join(dist, 'import-cli.js');
const classifierScript = path.join(dist, 'modules/enrichment/classification/text-classifier.js');
const tmpRoot = path.join(repoRoot, '.tmp');
const runDir = path.join(tmpRoot, `bench-routing-${process.pid}`);

const log = (message) => console.log(`[bench:routing] ${message}`);
const round = (value, digits = 4) => (value === null || Number.isNaN(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const ratio = (part, whole) => (whole ? part / whole : null);
const fixed = (value, digits = 3) => (value === null || value === undefined ? '-' : value.toFixed(digits));

// ---------------------------------------------------------------- processes and cleanup

const state = { postgres: null, redis: null, api: null, worker: null, importer: null, db: null };
let cleaning = null;

async function cleanup() {
  cleaning ??= (async () => {
    await state.db?.end().catch(() => {});
    // App processes first (they drain), then Redis, then PostgreSQL (which deletes its data).
    await stopChild(state.importer, { graceMs: 10000 }).catch(() => {});
    await Promise.all([state.worker, state.api].map((child) => stopChild(child, { graceMs: 15000 }).catch(() => {})));
    await state.redis?.stop().catch((error) => console.error(`[bench:routing] Redis: ${error.message}`));
    await state.postgres?.stop().catch((error) => console.error(`[bench:routing] PostgreSQL: ${error.message}`));
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
    console.error(`\n[bench:routing] ${signal}: stopping everything it started`);
    cleanup().finally(() => process.exit(130));
  });
}
// `kill <npm's pid>` ends npm without passing the signal on: stop with it.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !interrupted) {
      interrupted = true;
      cleanup().finally(() => process.exit(130));
    }
  }, 1000).unref();
}
process.on('exit', () => {
  // Last resort: never leave app processes behind.
  for (const child of [state.importer, state.worker, state.api]) child?.kill('SIGKILL');
});

function assertAlive() {
  if (interrupted) throw new Error('interrupted');
  for (const [name, child] of [['API', state.api], ['worker', state.worker]]) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`the ${name} process exited (${child.exitCode ?? child.signalCode}):\n${child.output.text()}`);
    }
  }
}

function startApp(name, script, env) {
  const logFile = createWriteStream(path.join(runDir, `${name}.log`), { flags: 'a' });
  const child = spawnService(process.execPath, [script], { cwd: repoRoot, env, onOutput: (chunk) => logFile.write(chunk) });
  child.once('exit', () => logFile.end());
  return child;
}

/** Peak resident memory (VmHWM) of a live process, in MB. */
function peakRssMb(pid) {
  try {
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function build() {
  for (let attempt = 1; ; attempt += 1) {
    log(`building: npx nx run-many -t build (attempt ${attempt})`);
    const child = spawn('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { cwd: repoRoot, stdio: 'inherit' });
    const code = await exited(child);
    if (code === 0 && [apiScript, workerScript, importScript].every(existsSync)) return;
    // Others edit the code at the same time: a half-edited file usually builds a minute later.
    if (attempt >= 3) throw new Error(`the build failed (${code}) ${attempt} times; see the output above`);
    log('the build failed; trying again in 60 s');
    await sleep(60000);
  }
}

/**
 * Which code ran: the commit, and the build of the classification code (others rebuild apps/api/dist
 * while they work, so a figure is only comparable with one from the same build).
 */
function codeVersion() {
  const folder = path.dirname(classifierScript);
  const hash = createHash('sha256');
  const files = readdirSync(folder).filter((file) => file.endsWith('.js')).sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(folder, file)));
  const git = (...gitArgs) => spawnSync('git', gitArgs, { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim() || null;
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedApiChanges: (git('status', '--porcelain', '--', 'apps/api/src') ?? '').split('\n').filter(Boolean).length,
    classificationBuild: hash.digest('hex').slice(0, 12),
    classificationBuiltAt: statSync(classifierScript).mtime.toISOString(),
  };
}

// ---------------------------------------------------------------- data set

function readCsv(file) {
  const full = path.join(dataDir, file);
  if (!existsSync(full)) throw new Error(`${full} not found: give the data set folder with --data <dir> or AIRLINE_TWEETS_DIR`);
  return parse(readFileSync(full), { columns: true, skip_empty_lines: true });
}

/**
 * One entry per tweet id, the first row of each: the import keeps the first row and counts later
 * ones with the same id as duplicates (a few ids repeat, some with other labels).
 */
function byTweet(rows) {
  const items = new Map();
  for (const row of rows) {
    if (items.has(row.tweet_id)) continue;
    const routable = row.airline_sentiment === 'negative' && DEPARTMENTS[row.negativereason] !== undefined;
    items.set(row.tweet_id, {
      externalId: `${MAPPING}:${row.tweet_id}`,
      sentiment: row.airline_sentiment,
      department: routable ? DEPARTMENTS[row.negativereason] : null,
    });
  }
  return items;
}

// ---------------------------------------------------------------- API client (session cookie)

function apiClient(baseUrl) {
  const jar = new Map();
  return async function call(method, route, body) {
    const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30000),
    });
    // The session token rotates every SESSION_ROTATE_MINUTES: keep whatever cookie comes back.
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

// ---------------------------------------------------------------- steps

async function runImport(file, env) {
  const errorsDir = path.join(runDir, 'import-errors');
  mkdirSync(errorsDir, { recursive: true });
  // Its own process group, so a Ctrl-C reaches only this script, which stops it in order.
  const child = spawn(process.execPath, [importScript, path.join(dataDir, file), '--mapping', MAPPING, '--errors-dir', errorsDir], {
    cwd: repoRoot,
    env: { ...env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', INIT_CWD: repoRoot },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  state.importer = child;
  const code = await exited(child);
  state.importer = null;
  if (code !== 0) throw new Error(`importing ${file} failed (exit ${code}); see the output above`);
}

/** Counts of the given items: stored, enriched, filed in a case. */
async function pipelineCounts(externalIds) {
  const { rows } = await state.db.query(
    `SELECT count(*)::int AS stored, count(f.enriched_at)::int AS enriched, count(ci.feedback_id)::int AS filed
       FROM feedback f LEFT JOIN case_item ci ON ci.feedback_id = f.id
      WHERE f.channel = 'csv' AND f.external_message_id = ANY($1::text[])`,
    [externalIds],
  );
  return rows[0];
}

/** Waits (with a progress bar) until every stored item of the set is in a case. */
async function waitUntilFiled(what, externalIds, { stallMs = 300000 } = {}) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${what} [{bar}] {value}/{total} filed in cases | enriched {enriched} | {speed} items/s | ETA {eta_formatted}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10000,
      etaBuffer: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const startedAt = performance.now();
  let counts = await pipelineCounts(externalIds);
  bar.start(counts.stored, counts.filed, { enriched: counts.enriched, speed: 0 });
  const filedAtStart = counts.filed;
  let lastProgress = { filed: counts.filed, at: Date.now() };
  try {
    while (counts.filed < counts.stored || counts.stored === 0) {
      assertAlive();
      await sleep(1000);
      counts = await pipelineCounts(externalIds);
      const seconds = (performance.now() - startedAt) / 1000;
      bar.setTotal(counts.stored);
      bar.update(counts.filed, { enriched: counts.enriched, speed: Math.round((counts.filed - filedAtStart) / seconds) });
      if (counts.filed !== lastProgress.filed) lastProgress = { filed: counts.filed, at: Date.now() };
      else if (Date.now() - lastProgress.at > stallMs) {
        throw new Error(
          `${what}: no item filed for ${stallMs / 1000} s (${counts.filed}/${counts.stored} filed, ${counts.enriched} enriched).\n` +
            `worker output:\n${state.worker.output.text()}`,
        );
      }
    }
  } finally {
    bar.stop();
  }
  return counts;
}

/** The labelled history, written straight into feedback_label (see the header: imported labels). */
async function importLabels(trainItems, departmentIds) {
  const ids = [];
  const sentiments = [];
  const depIds = [];
  const depValues = [];
  for (const item of trainItems.values()) {
    ids.push(item.externalId);
    sentiments.push(item.sentiment);
    if (item.department) {
      depIds.push(item.externalId);
      depValues.push(departmentIds.get(item.department));
    }
  }
  const insert = `INSERT INTO feedback_label (feedback_id, kind, value, source, created_by_id)
    SELECT f.id, $3, to_jsonb(v.label), 'import', NULL
      FROM unnest($1::text[], $2::text[]) AS v(external_id, label)
      JOIN feedback f ON f.channel = 'csv' AND f.external_message_id = v.external_id`;
  await state.db.query('BEGIN');
  try {
    const sentiment = await state.db.query(insert, [ids, sentiments, 'sentiment']);
    const department = await state.db.query(insert, [depIds, depValues, 'department']);
    await state.db.query('COMMIT');
    return { sentiment: sentiment.rowCount, department: department.rowCount };
  } catch (error) {
    await state.db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Asks the API to retrain both kinds and waits until the worker has stored a new version of each. */
async function retrain(api) {
  const latest = (overview, kind) => overview.kinds.find((k) => k.kind === kind);
  const before = await api('GET', '/api/enrichment/models');
  const since = Object.fromEntries(['sentiment', 'department'].map((kind) => [kind, latest(before, kind)?.history[0]?.version ?? 0]));
  for (const kind of ['sentiment', 'department']) await api('POST', `/api/enrichment/models/${kind}/retrain`);
  const deadline = Date.now() + 30 * 60000;
  for (;;) {
    assertAlive();
    const overview = await api('GET', '/api/enrichment/models');
    const fresh = ['sentiment', 'department'].map((kind) => latest(overview, kind)?.history.find((model) => model.version > since[kind]));
    if (fresh.every(Boolean)) {
      for (const model of fresh) {
        log(`${model.kind} model v${model.version}: ${model.status}, held-out accuracy ${fixed(model.holdoutAccuracy)} (${model.trainingSize} trained, ${model.holdoutSize} held out)`);
      }
      const active = Object.fromEntries(['sentiment', 'department'].map((kind) => [kind, latest(overview, kind)?.active ?? null]));
      if (!active.sentiment || !active.department) throw new Error(`no active model after retraining: ${JSON.stringify(fresh)}`);
      return active;
    }
    if (Date.now() > deadline) throw new Error(`models not trained after 30 min; worker output:\n${state.worker.output.text()}`);
    await sleep(2000);
  }
}

// ---------------------------------------------------------------- figures

async function testOutcomes(testItems) {
  const { rows } = await state.db.query(
    `SELECT f.external_message_id AS external_id, f.text, f.sentiment AS sentiment_stored, f.sentiment_model,
            c.routed_by, c.department_id, c.first_feedback_id = f.id AS opened_case,
            c.routing -> 'model' ->> 'departmentId' AS guess, (c.routing -> 'model' ->> 'confidence')::float8 AS confidence,
            (c.routing -> 'model' ->> 'threshold')::float8 AS threshold, c.routing -> 'model' ->> 'name' AS model
       FROM feedback f
       JOIN case_item ci ON ci.feedback_id = f.id
       JOIN cases c ON c.id = ci.case_id
      WHERE f.channel = 'csv' AND f.external_message_id = ANY($1::text[])`,
    [[...testItems.values()].map((item) => item.externalId)],
  );
  const byId = new Map(rows.map((row) => [row.external_id, row]));
  return [...testItems.values()].filter((item) => byId.has(item.externalId)).map((item) => ({ ...item, ...byId.get(item.externalId) }));
}

function routingFigures(items, departmentIds, { truthless = 'excluded' } = {}) {
  const truth = (item) => (item.department ? departmentIds.get(item.department) : null);
  const auto = items.filter((item) => item.routed_by === 'model');
  const autoCorrect = auto.filter((item) => truth(item) && item.department_id === truth(item)).length;
  const guessed = items.filter((item) => truth(item) && item.guess === truth(item)).length;
  return {
    n: items.length,
    bestGuessAccuracy: truthless === 'excluded' ? round(ratio(guessed, items.length)) : undefined,
    autoRouted: auto.length,
    autoRoutedShare: round(ratio(auto.length, items.length)),
    autoRoutedCorrect: autoCorrect,
    autoRoutedPrecision: round(ratio(autoCorrect, auto.length)),
    byRule: items.filter((item) => item.routed_by === 'rule').length,
    toTriage: items.filter((item) => item.routed_by === 'triage').length,
  };
}

/** Share routed and precision had the threshold been t, from the confidences the pipeline stored (information only). */
function storedConfidenceCurve(routable, departmentIds) {
  // The thresholds of the training's held-out curve (GET /api/routing/settings), to compare the two.
  return [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95].map((threshold) => {
    const kept = routable.filter((item) => item.confidence !== null && item.confidence >= threshold);
    const correct = kept.filter((item) => item.guess === departmentIds.get(item.department)).length;
    return { threshold, share: round(ratio(kept.length, routable.length)), precision: round(ratio(correct, kept.length)) };
  });
}

function perDepartment(routable, departmentIds) {
  return Object.fromEntries(
    DEPARTMENT_NAMES.map((name) => {
      const id = departmentIds.get(name);
      const actual = routable.filter((item) => item.department === name);
      const guessedHere = routable.filter((item) => item.guess === id);
      const autoHere = routable.filter((item) => item.routed_by === 'model' && item.department_id === id);
      const hit = actual.filter((item) => item.guess === id).length;
      return [
        name,
        {
          support: actual.length,
          recall: round(ratio(hit, actual.length)),
          precision: round(ratio(hit, guessedHere.length)),
          autoRouted: autoHere.length,
          autoRoutedPrecision: round(ratio(autoHere.filter((item) => item.department === name).length, autoHere.length)),
        },
      ];
    }),
  );
}

/**
 * The same active models, loaded here with the same build of the classification code, over the
 * same stored texts: what the pipeline stored must agree (else the bench reads the wrong rows).
 * Also the baseline for throughput: classification alone, in one process, without the pipeline.
 */
function inProcessCheck(lib, models, items, departmentIds) {
  const sentimentModel = lib.loadClassifier(models.sentiment.parameters);
  const departmentModel = lib.loadClassifier(models.department.parameters);
  const startedAt = performance.now();
  const predictions = items.map((item) => ({ sentiment: sentimentModel.predict(item.text), department: departmentModel.predict(item.text) }));
  const seconds = (performance.now() - startedAt) / 1000;
  let sentimentAgree = 0;
  let guessAgree = 0;
  let maxConfidenceDiff = 0;
  let sentimentCorrect = 0;
  let departmentCorrect = 0;
  let routable = 0;
  items.forEach((item, i) => {
    const p = predictions[i];
    if (p.sentiment.label === item.sentiment_stored) sentimentAgree += 1;
    if (p.sentiment.label === item.sentiment) sentimentCorrect += 1;
    if (p.department.label === item.guess) guessAgree += 1;
    if (item.confidence !== null) maxConfidenceDiff = Math.max(maxConfidenceDiff, Math.abs(p.department.confidence - item.confidence));
    if (item.department) {
      routable += 1;
      if (p.department.label === departmentIds.get(item.department)) departmentCorrect += 1;
    }
  });
  return {
    sentimentAgreement: round(ratio(sentimentAgree, items.length)),
    departmentGuessAgreement: round(ratio(guessAgree, items.length)),
    maxConfidenceDifference: round(maxConfidenceDiff, 6),
    sentimentAccuracy: round(ratio(sentimentCorrect, items.length)),
    departmentAccuracy: round(ratio(departmentCorrect, routable)),
    itemsPerSecond: Math.round(items.length / seconds),
  };
}

function classifiersReference() {
  const file = path.join(repoRoot, 'bench/results/classifiers.json');
  if (!existsSync(file)) return null;
  try {
    const result = JSON.parse(readFileSync(file, 'utf8'));
    return {
      file: 'bench/results/classifiers.json',
      ranAt: result.ranAt,
      sentimentAccuracy: result.sentiment?.accuracy ?? null,
      departmentAccuracy: result.department?.accuracy ?? null,
      note: 'offline bench: trained on all of train.csv, scored on every test.csv row (duplicates included); the product trains on 80% (20% held out)',
    };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- main

const phases = [];
async function phase(name, fn) {
  const startedAt = performance.now();
  log(`${name} …`);
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - startedAt) / 1000;
    phases.push({ phase: name, seconds: round(seconds, 1) });
    log(`${name}: ${seconds.toFixed(1)} s`);
  }
}

async function main() {
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const trainRows = readCsv('train.csv');
  const testRows = readCsv('test.csv');
  const trainItems = byTweet(trainRows);
  const testItems = byTweet(testRows);
  log(`data set ${dataDir}: train ${trainRows.length} rows (${trainItems.size} tweets), test ${testRows.length} rows (${testItems.size} tweets)`);

  if (args.build || ![apiScript, workerScript, importScript, classifierScript].every(existsSync)) await phase('build', build);
  // Loaded now, so the in-process cross-check runs the same build the worker starts with.
  const lib = createRequire(classifierScript)(classifierScript);
  const code = codeVersion();
  log(`code: commit ${code.commit} (${code.uncommittedApiChanges} uncommitted files in apps/api/src), classification build ${code.classificationBuild} of ${code.classificationBuiltAt}`);

  const services = await phase('start PostgreSQL, Redis, API and worker', async () => {
    await removeStaleTestData(tmpRoot, 'bench-routing');
    mkdirSync(runDir, { recursive: true });
    state.postgres = await startPostgres({ dataDir: path.join(runDir, 'pg'), persistent: false, logFile: path.join(runDir, 'postgres.log') });
    state.redis = await startRedis({ port: await freePort(), logFile: path.join(runDir, 'redis.log') });
    state.db = new pg.Client({ connectionString: state.postgres.url });
    state.db.on('error', () => {});
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: state.postgres.url, REDIS_URL: state.redis.url, HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    delete env.PORT;
    state.api = startApp('api', apiScript, { ...env, PORT: String(port), SEED_DEMO: 'true' });
    const baseUrl = `http://127.0.0.1:${port}`;
    // Migrations and the demo seed run before the API answers ready; the worker starts after them.
    await waitUntil('API', () => httpOk(`${baseUrl}/api/health/ready`), { child: state.api, timeoutMs: 180000, intervalMs: 500 });
    state.worker = startApp('worker', workerScript, { ...env, SEED_DEMO: 'false' });
    await state.db.connect();
    return { env, baseUrl };
  });

  const api = apiClient(services.baseUrl);
  const departmentIds = await phase('sign in and set up departments', async () => {
    await api('POST', '/api/auth/login', ADMIN);
    const existing = await api('GET', '/api/org/departments');
    const ids = new Map(existing.map((d) => [d.name, d.id]));
    for (const name of DEPARTMENT_NAMES.filter((n) => !ids.has(n))) {
      const created = await api('POST', '/api/org/departments', { name, description: 'Airline routing benchmark' });
      ids.set(name, created.id);
    }
    log(`departments: ${DEPARTMENT_NAMES.map((n) => `${n} ${ids.get(n).slice(0, 8)}`).join(', ')}`);
    return ids;
  });

  const trainIds = [...trainItems.values()].map((item) => item.externalId);
  const testIds = [...testItems.values()].map((item) => item.externalId);

  const trainStart = performance.now();
  await phase('import train.csv (intake)', () => runImport('train.csv', services.env));
  const trainCounts = await phase('train items: enrichment and routing drain', () => waitUntilFiled('train', trainIds));
  const trainSeconds = (performance.now() - trainStart) / 1000;
  log(`train: ${trainCounts.filed} items filed in ${trainSeconds.toFixed(1)} s (${Math.round(trainCounts.filed / trainSeconds)} items/s)`);

  const labels = await phase('import the labelled history (labels only, SQL)', () => importLabels(trainItems, departmentIds));
  log(`labels imported: ${labels.sentiment} sentiment, ${labels.department} department (source 'import')`);

  const active = await phase('retrain sentiment and department models (API → worker)', () => retrain(api));

  const settings = await phase('delete routing rules, read the threshold', async () => {
    const rules = await api('GET', '/api/routing/rules');
    for (const rule of rules) await api('DELETE', `/api/routing/rules/${rule.id}`);
    const { rows } = await state.db.query('SELECT count(*)::int AS n FROM routing_rule');
    if (rows[0].n !== 0) throw new Error(`${rows[0].n} routing rules left after deleting them`);
    if (args.threshold !== undefined) {
      const threshold = Number(args.threshold);
      if (!Number.isFinite(threshold)) throw new Error(`--threshold must be a number, got "${args.threshold}"`);
      await api('PUT', '/api/routing/settings', { autoRouteThreshold: threshold });
    }
    const current = await api('GET', '/api/routing/settings');
    log(`rules deleted: ${rules.length}; auto-route threshold in force: ${current.autoRouteThreshold}${args.threshold !== undefined ? ' (set by --threshold)' : ''}`);
    return { ...current, rulesDeleted: rules.length };
  });

  const testStart = performance.now();
  const importStart = performance.now();
  await phase('import test.csv (intake)', () => runImport('test.csv', services.env));
  const testImportSeconds = (performance.now() - importStart) / 1000;
  const testCounts = await phase('test items: enrichment and routing drain', () => waitUntilFiled('test', testIds));
  const testSeconds = (performance.now() - testStart) / 1000;

  const peakRss = { apiMb: peakRssMb(state.api.pid), workerMb: peakRssMb(state.worker.pid) };

  const figures = await phase('measure (PostgreSQL)', async () => {
    // `sentiment` and `department` are the truth from the CSV; the pipeline's answers are sentiment_stored, guess, department_id.
    const items = await testOutcomes(testItems);
    const wrongThreshold = items.filter((item) => item.threshold !== null && item.threshold !== settings.autoRouteThreshold).length;
    const notOwnCase = items.filter((item) => !item.opened_case).length;
    const noGuess = items.filter((item) => item.guess === null).length;
    const routable = items.filter((item) => item.department);
    const sentimentCorrect = items.filter((item) => item.sentiment_stored === item.sentiment).length;
    const sentimentByModel = {};
    for (const item of items) sentimentByModel[item.sentiment_model] = (sentimentByModel[item.sentiment_model] ?? 0) + 1;
    const { rows: models } = await state.db.query(`SELECT kind, version, parameters FROM classifier_model WHERE status = 'active'`);
    const byKind = Object.fromEntries(models.map((m) => [m.kind, m]));
    return {
      measured: items.length,
      checks: { itemsNotOpeningTheirOwnCase: notOwnCase, itemsWithoutModelGuess: noGuess, itemsDecidedAtAnotherThreshold: wrongThreshold, sentimentModels: sentimentByModel },
      sentiment: { n: items.length, correct: sentimentCorrect, accuracy: round(ratio(sentimentCorrect, items.length)) },
      complaints: routingFigures(routable, departmentIds),
      allItems: routingFigures(items, departmentIds, { truthless: 'wrong' }),
      confidenceCurve: storedConfidenceCurve(routable, departmentIds),
      perDepartment: perDepartment(routable, departmentIds),
      inProcess: inProcessCheck(lib, byKind, items, departmentIds),
    };
  });

  const result = {
    benchmark: 'routing',
    ranAt: startedAt.toISOString(),
    code: { ...code, rebuiltDuringRun: codeVersion().classificationBuild !== code.classificationBuild },
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.arch()}` },
    dataset: {
      name: 'airline-tweets',
      trainRows: trainRows.length,
      trainTweets: trainItems.size,
      testRows: testRows.length,
      testTweets: testItems.size,
      trainItemsFiled: trainCounts.filed,
      testItemsFiled: testCounts.filed,
      testMeasured: figures.measured,
      testRoutableComplaints: figures.complaints.n,
      duplicates: 'a repeated tweet_id is imported once (the first row, as the import does); its labels and ground truth come from that row',
    },
    method: {
      history: "train.csv imported through intake (import-cli, mapping airline-tweets), enriched and routed by the worker; its labels IMPORTED AS LABELS with one SQL insert into feedback_label (source 'import'); everything else through the product",
      labels: { sentiment: labels.sentiment, department: labels.department, departmentMapping: DEPARTMENTS },
      training: 'POST /api/enrichment/models/{sentiment,department}/retrain as admin, run by the worker (20% of the labelled items held out)',
      routing: 'all routing rules deleted; test.csv imported through intake; figures read from feedback and cases in PostgreSQL',
      definitions: {
        sentimentAccuracy: 'feedback.sentiment = airline_sentiment over every test item',
        departmentAccuracy: "cases.routing->model->departmentId (the department model's best guess) = mapped department, over routable test complaints (negative with a reason other than Can't Tell)",
        autoRoutedShare: "routed_by = 'model' among routable test complaints",
        autoRoutedPrecision: 'cases.department_id = mapped department among those auto-routed complaints',
        allItems: 'the same over every test item; items without a ground-truth department (positive, neutral, Can\'t Tell) count as wrong when auto-routed',
      },
    },
    threshold: settings.autoRouteThreshold,
    thresholdSource: args.threshold !== undefined ? '--threshold (PUT /api/routing/settings)' : 'routing settings in force (GET /api/routing/settings)',
    rulesDeleted: settings.rulesDeleted,
    models: Object.fromEntries(
      ['sentiment', 'department'].map((kind) => {
        const m = active[kind];
        return [kind, { version: m.version, algorithm: m.algorithm, trainingSize: m.trainingSize, holdoutSize: m.holdoutSize, holdoutAccuracy: round(m.holdoutAccuracy), macroF1: round(m.macroF1) }];
      }),
    ),
    holdoutCurve: settings.model?.curve ?? null,
    targets: TARGETS,
    figures: {
      sentimentAccuracy: figures.sentiment.accuracy,
      departmentAccuracy: figures.complaints.bestGuessAccuracy,
      autoRoutedPrecision: figures.complaints.autoRoutedPrecision,
      autoRoutedShare: figures.complaints.autoRoutedShare,
      allItemsAutoRoutedPrecision: figures.allItems.autoRoutedPrecision,
      allItemsAutoRoutedShare: figures.allItems.autoRoutedShare,
    },
    pass: {},
    sentiment: figures.sentiment,
    complaints: figures.complaints,
    allItems: { ...figures.allItems, bestGuessAccuracy: undefined },
    perDepartment: figures.perDepartment,
    storedConfidenceCurve: { note: 'information only, from the confidences the pipeline stored on test complaints; the threshold is never chosen from it', points: figures.confidenceCurve },
    checks: figures.checks,
    throughput: {
      testItemsPerSecond: round(testCounts.filed / testSeconds, 1),
      testImportRowsPerSecond: round(testRows.length / testImportSeconds, 1),
      trainItemsPerSecond: round(trainCounts.filed / trainSeconds, 1),
      inProcessClassificationItemsPerSecond: figures.inProcess.itemsPerSecond,
      pipelineToInProcessRatio: round(testCounts.filed / testSeconds / figures.inProcess.itemsPerSecond, 4),
      note: 'pipeline = import start until every item is in a case (intake, outbox, enrichment, routing, cases); in-process = both active models predicting the same texts in this process, same run',
    },
    peakRss,
    crossCheck: {
      inProcess: figures.inProcess,
      classifiersBench: classifiersReference(),
    },
    phases,
    durationSeconds: null,
  };
  result.pass = {
    sentimentAccuracy: result.figures.sentimentAccuracy >= TARGETS.sentimentAccuracy,
    departmentAccuracy: result.figures.departmentAccuracy >= TARGETS.departmentAccuracy,
    autoRoutedPrecision: (result.figures.autoRoutedPrecision ?? 0) >= TARGETS.autoRoutedPrecision,
    autoRoutedShare: result.figures.autoRoutedShare >= TARGETS.autoRoutedShare,
  };
  result.durationSeconds = round((Date.now() - startedAt.getTime()) / 1000, 1);
  printReport(result);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${path.relative(callerDir, outFile)}`);
  return args.strict && !Object.values(result.pass).every(Boolean) ? 1 : 0;
}

function printReport(r) {
  const c = r.complaints;
  const a = r.allItems;
  const line = (label, value, target, pass) =>
    `  ${label.padEnd(58)} ${fixed(value).padStart(6)}   ${target === null ? '      ' : `≥ ${target.toFixed(2)}`}   ${pass === null ? '' : pass ? 'PASS' : 'MISS'}`;
  console.log('');
  console.log(`Routing benchmark: airline tweets through the product (threshold ${r.threshold}, ${r.thresholdSource})`);
  console.log(`  history: ${r.dataset.trainItemsFiled} train items through intake; labels imported as labels (SQL): ${r.method.labels.sentiment} sentiment, ${r.method.labels.department} department`);
  console.log(
    `  models: sentiment v${r.models.sentiment.version} (held-out ${fixed(r.models.sentiment.holdoutAccuracy)}), department v${r.models.department.version} (held-out ${fixed(r.models.department.holdoutAccuracy)}); rules deleted: ${r.rulesDeleted}`,
  );
  console.log(`  test: ${r.dataset.testMeasured} items measured, ${c.n} routable complaints`);
  console.log('');
  console.log(`  ${'figure'.padEnd(58)} ${'value'.padStart(6)}   target   result`);
  console.log(line(`sentiment accuracy, 3 classes (n=${r.sentiment.n})`, r.figures.sentimentAccuracy, TARGETS.sentimentAccuracy, r.pass.sentimentAccuracy));
  console.log(line(`department accuracy, best guess (complaints n=${c.n})`, r.figures.departmentAccuracy, TARGETS.departmentAccuracy, r.pass.departmentAccuracy));
  console.log(line(`auto-routed precision (${c.autoRoutedCorrect}/${c.autoRouted} complaints)`, r.figures.autoRoutedPrecision, TARGETS.autoRoutedPrecision, r.pass.autoRoutedPrecision));
  console.log(line(`auto-routed share of complaints (${c.autoRouted}/${c.n}; triage ${c.toTriage})`, r.figures.autoRoutedShare, TARGETS.autoRoutedShare, r.pass.autoRoutedShare));
  console.log(line(`all test items: auto-routed precision (${a.autoRoutedCorrect}/${a.autoRouted})`, a.autoRoutedPrecision, null, null));
  console.log(line(`all test items: auto-routed share (${a.autoRouted}/${a.n})`, a.autoRoutedShare, null, null));
  console.log('');
  console.log('  per department (complaints): support  recall  precision  auto-routed  auto precision');
  for (const [name, d] of Object.entries(r.perDepartment)) {
    console.log(`    ${name.padEnd(26)} ${String(d.support).padStart(7)}  ${fixed(d.recall).padStart(6)}  ${fixed(d.precision).padStart(9)}  ${String(d.autoRouted).padStart(11)}  ${fixed(d.autoRoutedPrecision).padStart(14)}`);
  }
  console.log('  confidence ≥ t → share routed / precision: test complaints (stored by the pipeline) vs the training hold-out (information only):');
  const holdout = new Map((r.holdoutCurve ?? []).map((p) => [p.threshold.toFixed(2), p]));
  for (const p of r.storedConfidenceCurve.points) {
    const h = holdout.get(p.threshold.toFixed(2));
    console.log(`    ≥ ${p.threshold.toFixed(2)}   test ${fixed(p.share)} / ${fixed(p.precision)}   hold-out ${h ? `${fixed(h.coverage)} / ${fixed(h.precision)}` : '-'}`);
  }
  const x = r.crossCheck.inProcess;
  console.log('');
  console.log(
    `  cross-check, same models in this process: sentiment agrees ${fixed(x.sentimentAgreement)}, department guess agrees ${fixed(x.departmentGuessAgreement)} (max confidence diff ${x.maxConfidenceDifference}); accuracies ${fixed(x.sentimentAccuracy)} / ${fixed(x.departmentAccuracy)}`,
  );
  const ref = r.crossCheck.classifiersBench;
  if (ref) console.log(`  offline bench:classifiers (${ref.ranAt}): sentiment ${fixed(ref.sentimentAccuracy)}, department ${fixed(ref.departmentAccuracy)} (trained on 100% of train.csv)`);
  const checks = r.checks;
  if (checks.itemsNotOpeningTheirOwnCase || checks.itemsWithoutModelGuess || checks.itemsDecidedAtAnotherThreshold) {
    console.log(`  WARNING: ${checks.itemsNotOpeningTheirOwnCase} items joined another item's case, ${checks.itemsWithoutModelGuess} had no model guess, ${checks.itemsDecidedAtAnotherThreshold} were decided at another threshold`);
  }
  const t = r.throughput;
  console.log(
    `  throughput: test replay ${t.testItemsPerSecond} items/s (import alone ${t.testImportRowsPerSecond} rows/s), train replay ${t.trainItemsPerSecond} items/s; in-process classification ${t.inProcessClassificationItemsPerSecond} items/s (pipeline/in-process ${fixed(t.pipelineToInProcessRatio, 4)})`,
  );
  console.log(
    `  code: commit ${r.code.commit}, classification build ${r.code.classificationBuild} (${r.code.classificationBuiltAt})${r.code.rebuiltDuringRun ? '; apps/api/dist was rebuilt during the run: the figures are from the build loaded at the start' : ''}`,
  );
  console.log(`  peak RSS: API ${r.peakRss.apiMb} MB, worker ${r.peakRss.workerMb} MB; ${r.machine.cores} cores, node ${r.machine.node}`);
  console.log(`  phases: ${r.phases.map((p) => `${p.phase} ${p.seconds} s`).join('; ')}; total ${r.durationSeconds} s`);
  console.log('');
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    if (!interrupted) console.error(`[bench:routing] ${error.stack ?? error.message}`);
    await cleanup();
    process.exit(1);
  });
