// `npm run migration:generate -- <Name>`: builds the api, then runs its generator
// (apps/api/src/database/cli/generate-migration.ts) against a throwaway PostgreSQL, which it
// migrates to the latest migration before writing the difference to the entities as a new one.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { removeStaleTestData, repoRoot, startPostgres } from './dev-services.mjs';
import { exited } from './lib/processes.mjs';

const run = (command, args, env = process.env) => exited(spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env }));

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}
if ((await run('npx', ['nx', 'run', 'api:build'])) !== 0) process.exit(1);

const tmp = path.join(repoRoot, '.tmp');
await removeStaleTestData(tmp, 'pg-migration');
const postgres = await startPostgres({ dataDir: path.join(tmp, `pg-migration-${process.pid}`), persistent: false });
let code;
try {
  code = await run(process.execPath, ['--enable-source-maps', 'apps/api/dist/database/cli/generate-migration.js', name], {
    ...process.env,
    DATABASE_URL: postgres.url,
    // The app's config requires it; the generator itself never connects to Redis.
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
} finally {
  await postgres.stop();
}
process.exit(code);
