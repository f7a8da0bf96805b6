// `npm test`: lint, typecheck, build, the jest projects (shared, api, web) and the browser suite.
// Every step runs even when an earlier one failed (except the browser suite, which needs the
// build), and the last line is a plain "N passed, N failed" that counts failed tests plus failed
// lint/typecheck/build steps. Exit code 1 when anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const resultsDir = path.join(repoRoot, '.tmp', 'test-results');
// Plain output in CI logs.
const childEnv = process.env.CI === 'true' ? { FORCE_COLOR: '0', ...process.env } : process.env;
const steps = [];
const tests = { passed: 0, failed: 0, skipped: 0 };

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: childEnv });
    child.on('error', (error) => {
      console.error(`[test] ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? signal));
  });
}

async function step(name, command, args) {
  console.log(`\n━━━ ${name}: ${command} ${args.join(' ')}`);
  const startedAt = Date.now();
  const code = await run(command, args);
  const result = { name, ok: code === 0, seconds: (Date.now() - startedAt) / 1000, detail: code === 0 ? '' : `exit ${code}` };
  steps.push(result);
  return result;
}

/** Runs one jest project and adds its counts from jest's --json report. */
async function jest(name, config, extra = []) {
  const outputFile = path.join(resultsDir, `${name}.json`);
  rmSync(outputFile, { force: true });
  const args = ['jest', '--config', config, '--ci', '--passWithNoTests', '--json', '--outputFile', outputFile, ...extra];
  const result = await step(`jest ${name}`, 'npx', args);
  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    result.ok = false;
    result.detail = `no jest report (${result.detail || 'exit 0'})`;
    return;
  }
  // A suite that fails to compile or load runs no test, so count it as one failure.
  const broken = report.numRuntimeErrorTestSuites ?? 0;
  result.failedTests = report.numFailedTests + broken;
  tests.passed += report.numPassedTests;
  tests.failed += result.failedTests;
  tests.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  result.ok = result.ok && report.success;
  result.detail = `${report.numPassedTests} passed, ${report.numFailedTests} failed` +
    (broken ? `, ${broken} suites failed to run` : '') + (result.detail ? ` (${result.detail})` : '');
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  await step('lint', 'npm', ['run', 'lint']);
  await step('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck']);
  await step('typecheck browser suite', 'npx', ['tsc', '-p', 'apps/web/e2e/tsconfig.json']);
  const build = await step('build', 'npx', ['nx', 'run-many', '-t', 'build']);
  await jest('shared', 'libs/shared/jest.config.cjs');
  // --forceExit: a leaked connection must fail a test, not hang the whole run.
  await jest('api', 'apps/api/jest.config.cjs', ['--forceExit']);
  await jest('web', 'apps/web/jest.config.cjs');
  if (build.ok) {
    await jest('browser', 'apps/web/e2e/jest.config.cjs', ['--runInBand', '--forceExit']);
  } else {
    steps.push({ name: 'jest browser', ok: false, seconds: 0, detail: 'not run: the build failed' });
  }

  // A failed step with no failed test to show for it (lint, build, a crashed jest setup) counts once.
  const failedSteps = steps.filter((s) => !s.ok && !s.failedTests).length;
  const failed = tests.failed + failedSteps;

  console.log('\n━━━ summary');
  for (const s of steps) {
    console.log(`${s.ok ? '✔' : '✘'} ${s.name.padEnd(26)} ${s.seconds.toFixed(1).padStart(6)}s  ${s.detail}`);
  }
  console.log(`tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped; failed steps: ${failedSteps}`);
  console.log(`${tests.passed} passed, ${failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`);
  process.exit(steps.every((s) => s.ok) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log(`${tests.passed} passed, ${tests.failed + 1} failed`);
  process.exit(1);
});
