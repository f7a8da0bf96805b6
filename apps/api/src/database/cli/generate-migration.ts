// Usage (via `npm run migration:generate -- <Name>`): writes src/database/migrations/<ms>-<Name>.ts
// from the difference between the entities and a database migrated to the latest migration.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';
import { runMigrationsLocked } from '../migrate';
import { schemaDiff } from '../schema-diff';

const MIGRATIONS_DIR = resolve(__dirname, '../../../src/database/migrations');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a PascalCase name, e.g. AddUsers');
  const dataSource = await new DataSource(dataSourceOptions(loadConfig().DATABASE_URL)).initialize();
  try {
    await runMigrationsLocked(dataSource);
    const diff = await schemaDiff(dataSource);
    if (diff.up.length === 0) {
      console.log('entities and migrations agree: nothing to generate');
      return;
    }
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const file = `${stamp}-${name}`;
    const lines = (queries: string[]) => queries.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
    writeFileSync(
      join(MIGRATIONS_DIR, `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`,
    );
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/(\/\*\*[\s\S]*?\*\/\n)/, `import { ${className} } from './${file}';\n$1`)
      .replace(/= \[([\s\S]*?)\];/, (_m, list: string) => `= [${list.trim() ? `${list.trim().replace(/,$/, '')}, ` : ''}${className}];`);
    writeFileSync(indexPath, index);
    console.log(`wrote src/database/migrations/${file}.ts (${diff.up.length} statements) and registered it`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
