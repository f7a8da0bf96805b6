import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Presets, SingleBar } from 'cli-progress';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from './config/app-config';
import { CsvImportCliModule } from './modules/intake/csv-import/csv-import-cli.module';
import { CsvImportRunner } from './modules/intake/csv-import/csv-import.runner';
import { CsvImportService } from './modules/intake/csv-import/csv-import.service';

const USAGE = `usage: npm run import -- <file.csv> [more.csv ...] --mapping <name> [--errors-dir <dir>]

Imports each file through the mapping (see Settings → Channels → CSV import for the mappings), in
batches, showing progress. Rows already imported (same message id) are counted as duplicates, never
stored twice. Rows that cannot be imported are listed in <file>-errors.csv (in --errors-dir, default
the current directory).`;

/**
 * `npm run import` (through tools/import.mjs, which finds or starts the database): the same
 * services the worker uses, run in this process with a progress bar instead of the queue.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mapping: { type: 'string' }, 'errors-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const baseDir = process.env.INIT_CWD ?? process.cwd();
  if (values.help || !positionals.length || !values.mapping) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const missing = positionals.map((given) => resolve(baseDir, given)).filter((file) => !existsSync(file));
  if (missing.length) {
    console.error(missing.map((file) => `no such file: ${file}`).join('\n'));
    return 2;
  }
  loadConfig();
  const app = await NestFactory.createApplicationContext(CsvImportCliModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const imports = app.get(CsvImportService);
  const runner = app.get(CsvImportRunner);
  let exitCode = 0;
  try {
    for (const given of positionals) {
      const file = resolve(baseDir, given);
      const open = () => createReadStream(file);
      const job = await imports.createForCli(basename(file), values.mapping, open, statSync(file).size);
      const bar = new SingleBar(
        {
          format: `${basename(file)} [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta_formatted} | accepted {accepted}, duplicates {duplicate}, failed {failed}`,
          hideCursor: true,
          // piped into a log (CI, nohup): a line every 10 s instead of a redrawn bar
          noTTYOutput: true,
          notTTYSchedule: 10_000,
          etaBuffer: 20,
        },
        Presets.shades_classic,
      );
      const started = performance.now();
      bar.start(job.totalRows, 0, { speed: 0, accepted: 0, duplicate: 0, failed: 0 });
      const done = await runner.run(job.id, open, (p) => {
        const seconds = (performance.now() - started) / 1000;
        bar.update(p.processedRows, {
          speed: seconds > 0 ? Math.round(p.processedRows / seconds) : 0,
          accepted: p.acceptedRows,
          duplicate: p.duplicateRows,
          failed: p.failedRows,
        });
      });
      bar.stop();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!done) throw new Error(`import ${job.id} disappeared`);
      console.log(
        `${basename(file)}: ${done.status}: ${done.totalRows} rows, ${done.acceptedRows} accepted, ${done.duplicateRows} duplicates, ${done.failedRows} failed in ${seconds} s (import ${done.id})`,
      );
      if (done.error) console.log(`  ${done.error}`);
      if (done.failedRows > 0) {
        const report = await imports.errorReportCsv(done.id);
        const target = resolve(baseDir, values['errors-dir'] ?? '.', report.fileName);
        writeFileSync(target, report.csv);
        console.log(`  error report: ${target}`);
      }
      if (done.status !== 'completed') exitCode = 1;
    }
  } finally {
    await app.close();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const response = (err as { getResponse?: () => { issues?: { field: string; message: string }[] } }).getResponse?.();
    if (response?.issues?.length) console.error(response.issues.map((i) => `${i.field} ${i.message}`).join('\n'));
    else console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
