// `npm run bench`: lists the benchmarks; `npm run bench -- <name> [options]` runs tools/bench/<name>.mjs
// with the options (the same as `npm run bench:<name> -- [options]`).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('./bench/', import.meta.url));

const SUMMARIES = {
  classifiers: 'offline: trains the enrichment classifiers on airline train.csv, scores test.csv (no services)',
  inbox: 'inserts 100,000 open cases, then times inbox pages, filters and search through the real API (~3 min)',
  routing: 'replays airline train.csv as labelled history through the real API and worker, then routes test.csv (~15 min)',
};

/** Every script in tools/bench, with its summary. */
function benchmarks() {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map((file) => file.replace(/\.mjs$/, ''))
    .map((name) => ({ name, summary: SUMMARIES[name] ?? '' }));
}

function list() {
  console.log('usage: npm run bench -- <name> [options]   (or npm run bench:<name> -- [options])\n\nbenchmarks:');
  for (const { name, summary } of benchmarks()) console.log(`  ${name.padEnd(12)} ${summary}`);
  console.log('\nresults are written to bench/results/<name>.json');
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'list') {
  list();
  process.exit(0);
}
const script = path.join(benchDir, `${name}.mjs`);
if (!/^[a-z0-9-]+$/.test(name) || !existsSync(script)) {
  console.error(`no benchmark named "${name}"\n`);
  list();
  process.exit(2);
}
const child = spawn(process.execPath, [script, ...rest], { stdio: 'inherit' });
// The terminal's Ctrl-C reaches the benchmark too; a signal sent to this process only is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
