import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_LOGINS } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { CsvImportService } from './csv-import.service';
import { DEMO_IMPORT_FILE_NAME, demoImportCsv } from './csv-import-demo.data';

/**
 * On a demo install, uploads a small survey export as the demo admin, through the same service as
 * the Settings page, so the worker imports it and Settings → Channels → CSV import shows a finished
 * import with its error report. Once only: nothing happens when any import exists.
 */
@Injectable()
export class CsvImportDemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: CsvImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    if (await this.seed()) this.logger.log(`Demo CSV import: ${DEMO_IMPORT_FILE_NAME} queued for the worker`);
  }

  async seed(): Promise<boolean> {
    // A transaction-scoped lock: with several API processes starting at once, one seeds, the others see its job.
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('fullcircle:csv-import-demo-seed'))`);
      // Only on the demo organisation's first start (its general demo feedback exists), once.
      const [{ demo, imported }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM feedback WHERE source = 'demo-seed') AS demo, EXISTS (SELECT 1 FROM import_job) AS imported`,
      );
      if (!demo || imported) return false;
      const [admin] = await manager.query(`SELECT id, email, name FROM app_user WHERE email = $1`, [DEMO_LOGINS.admin.email]);
      if (!admin) return false;
      const actor = { id: admin.id, email: admin.email, name: admin.name, role: 'admin' as const, departmentIds: [] };
      // Its own transaction commits before this one releases the lock.
      await this.imports.upload(actor, { mapping: 'generic', fileName: DEMO_IMPORT_FILE_NAME }, Buffer.from(demoImportCsv()));
      return true;
    });
  }
}
