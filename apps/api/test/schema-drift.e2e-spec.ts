import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrationsLocked } from '../src/database/migrate';
import { MIGRATIONS } from '../src/database/migrations';
import { schemaDiff } from '../src/database/schema-diff';
import { createTestDatabase } from './support/test-database';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(await createTestDatabase())).initialize();
  });

  afterAll(() => dataSource?.destroy());

  it('is fully described by the migrations: entities and migrations have not drifted apart', async () => {
    await runMigrationsLocked(dataSource);
    const diff = await schemaDiff(dataSource);
    // A failure here lists the SQL a new migration needs: run `npm run migration:generate -- <Name>`.
    expect(diff.up).toEqual([]);
  });

  it('runs each migration once even when several processes start together', async () => {
    const again = await Promise.all([runMigrationsLocked(dataSource), runMigrationsLocked(dataSource)]);
    expect(again).toEqual([[], []]);
  });

  it('can revert every migration and apply them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
    );
    expect(tables[0].count).toBe(0);
    expect(await runMigrationsLocked(dataSource)).toHaveLength(MIGRATIONS.length);
    expect((await schemaDiff(dataSource)).up).toEqual([]);
  });
});
