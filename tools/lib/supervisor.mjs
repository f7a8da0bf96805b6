// Keeps one Node process running: prefixes its output and restarts it with backoff when it dies.
import { createInterface } from 'node:readline';
import { spawnService, stopChild } from './processes.mjs';

const STABLE_AFTER_MS = 60000;
const MAX_CRASHES_IN_A_ROW = 5;

/**
 * `onGiveUp(reason)` is called when the process exits MAX_CRASHES_IN_A_ROW times in a row, each
 * time within a minute of its start, or, with `requireReady`, when it exits before `markReady()`
 * (a process that cannot start once, for example on bad config, will not start on retry either).
 */
export function supervise({ name, script, env, onGiveUp, onSpawn, requireReady = false, graceMs = 30000 }) {
  let child = null;
  let ready = !requireReady;
  let stopping = false;
  let crashes = 0;
  let restartTimer = null;
  let lastOutputAt = 0;

  const launch = () => {
    const startedAt = Date.now();
    child = spawnService(process.execPath, ['--enable-source-maps', script], { env });
    onSpawn?.();
    const prefix = `${name.padEnd(8)}| `;
    const forward = (stream) => (line) => {
      lastOutputAt = Date.now();
      stream.write(prefix + line + '\n');
    };
    createInterface({ input: child.stdout }).on('line', forward(process.stdout));
    createInterface({ input: child.stderr }).on('line', forward(process.stderr));
    child.once('exit', (code, signal) => {
      if (stopping) return;
      crashes = Date.now() - startedAt > STABLE_AFTER_MS ? 1 : crashes + 1;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!ready) {
        onGiveUp(`${name} exited (${how}) before it was ready`);
        return;
      }
      if (crashes >= MAX_CRASHES_IN_A_ROW) {
        onGiveUp(`${name} exited (${how}) ${crashes} times in a row, each within a minute of starting`);
        return;
      }
      const delay = Math.min(30000, 1000 * 2 ** (crashes - 1));
      console.error(`[start] ${name} exited unexpectedly (${how}); restarting in ${delay / 1000}s`);
      restartTimer = setTimeout(launch, delay);
    });
  };

  launch();
  return {
    name,
    get child() {
      return child;
    },
    get lastOutputAt() {
      return lastOutputAt;
    },
    markReady() {
      ready = true;
    },
    async stop({ force = false } = {}) {
      stopping = true;
      clearTimeout(restartTimer);
      await stopChild(child, { signal: force ? 'SIGKILL' : 'SIGTERM', graceMs });
    },
  };
}
