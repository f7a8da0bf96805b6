// Stops the product, then Redis and PostgreSQL, and deletes the run's data; logs stay in .tmp/e2e-logs.
import { rmSync } from 'node:fs';
import { stopChild } from '../../../tools/lib/processes.mjs';

export default async function globalTeardown() {
  const state = globalThis.__FULLCIRCLE_E2E__;
  if (!state) return;
  globalThis.__FULLCIRCLE_E2E__ = undefined;
  for (const app of state.apps) {
    if (app.exitCode !== null || app.signalCode !== null) {
      console.error(`[e2e] ${app.appName} had exited (${app.exitCode ?? app.signalCode}): see .tmp/e2e-logs/${app.appName}.log`);
    }
  }
  await Promise.all(state.apps.map((app) => stopChild(app, { signal: 'SIGTERM', graceMs: 20000 })));
  await state.redis?.stop();
  await state.postgres?.stop();
  rmSync(state.workDir, { recursive: true, force: true });
}
