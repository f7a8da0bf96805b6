// Small helpers for child processes shared by start, the dev services and the test harnesses.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Keeps the last `max` lines a child printed, to show them when it fails. */
export function lineBuffer(max = 60) {
  const lines = [];
  return {
    push(chunk) {
      for (const line of String(chunk).split('\n')) {
        if (line.trim()) lines.push(line);
      }
      lines.splice(0, Math.max(0, lines.length - max));
    },
    text: () => lines.join('\n'),
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the exit code (or signal name) once `child` has exited. */
export function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode ?? child.signalCode);
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

/** Sends `signal`, escalating to SIGKILL after `graceMs`; resolves when the child is gone. */
export async function stopChild(child, { signal = 'SIGTERM', graceMs = 15000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

/**
 * Spawns a long-running child in its own process group, so a Ctrl-C in the terminal reaches only
 * the parent, which then stops its children in order (app first, stores last).
 */
export function spawnService(command, args, options = {}) {
  const output = lineBuffer();
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const onData = (chunk) => {
    output.push(chunk);
    options.onOutput?.(chunk);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.output = output;
  return child;
}

/** Polls `check` until it returns true; fails early when `child` exits. */
export async function waitUntil(what, check, { child, timeoutMs = 60000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      const code = child.exitCode ?? child.signalCode;
      throw new Error(`${what}: the process exited (${code}) before it was ready.\n${child.output?.text() ?? ''}`);
    }
    if (await check().catch(() => false)) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000}s.\n${child?.output?.text() ?? ''}`);
}

export async function httpOk(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await res.arrayBuffer();
  return res.ok;
}

/** `pid` when it is a live process whose command name contains `name`, else null. */
export function aliveAs(pid, name) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    if (!existsSync('/proc')) return process.kill(pid, 0) ? pid : null;
    const zombie = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
    return !zombie && readFileSync(`/proc/${pid}/comm`, 'utf8').includes(name) ? pid : null;
  } catch {
    return null;
  }
}

/** True when live process `pid` was started with `text` in its command line. */
export function startedWith(pid, text) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.includes(text));
  } catch {
    return false;
  }
}

/**
 * The pid in the first line of `pidFile` when that process is alive, named like `name` and (pids
 * are reused) working in `dir`: PostgreSQL and Redis both run inside their data folder.
 */
export function livePidFrom(pidFile, name, dir = path.dirname(pidFile)) {
  if (!existsSync(pidFile)) return null;
  const pid = aliveAs(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), name);
  if (!pid || !existsSync('/proc')) return pid;
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dir) ? pid : null;
  } catch {
    return null;
  }
}

/** Signals `pid` and waits (polling) until it is gone. */
export async function stopPid(pid, name, { signal = 'SIGTERM', graceMs = 30000 } = {}) {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (aliveAs(pid, name) && Date.now() < deadline) await sleep(100);
  if (aliveAs(pid, name)) process.kill(pid, 'SIGKILL');
}
