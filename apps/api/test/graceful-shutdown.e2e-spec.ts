import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase } from './support/test-database';

const MAIN = join(__dirname, '../dist/main.js');

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited early with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not become ready');
}

describe('the API process on SIGTERM', () => {
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('apps/api/dist/main.js is missing: build the API first (npm test does)');
    port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: await createTestDatabase('shutdown'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        // a drain that hangs would end in exit code 1 at this deadline
        SHUTDOWN_GRACE_MS: '30000',
        QUEUE_PREFIX: `shutdown${port}`,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await waitReady(`http://127.0.0.1:${port}`, child);
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('finishes the request in flight, then exits cleanly and refuses new connections', async () => {
    const body = JSON.stringify({ email: 'nobody@example.test', password: 'not-the-password' });
    const inFlight = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = once(inFlight, 'response').then(([res]) => res.statusCode as number);
    // half the body is on the wire when the signal arrives
    inFlight.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 200));
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    inFlight.end(body.slice(10));

    expect(await answered).toBe(401);
    const [code, signal] = await exited;
    // Nest re-raises the signal after closing: a clean exit is code 0 or "killed by SIGTERM".
    expect({ code, signal }).toEqual(code === 0 ? { code: 0, signal: null } : { code: null, signal: 'SIGTERM' });
    await expect(fetch(`http://127.0.0.1:${port}/api/health/live`)).rejects.toThrow();
  });
});
