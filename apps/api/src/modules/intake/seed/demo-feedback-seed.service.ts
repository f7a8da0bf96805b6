import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { IntakeService } from '../intake.service';
import { demoFeedback } from './demo-feedback.data';

/**
 * On first start with no feedback, sends a generated customer history through IntakeService —
 * the path every channel uses — so a new install shows populated Customers pages. Each item
 * carries a demo message id, so a second run (or a second API process) creates nothing twice.
 */
@Injectable()
export class DemoFeedbackSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly intake: IntakeService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo feedback: ${created} items from generated customers sent through intake`);
  }

  async seed(now = new Date()): Promise<number> {
    const [{ any }] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM feedback) AS any');
    if (any) return 0;
    for (const item of demoFeedback(now)) {
      await this.intake.accept(item, { channel: 'api', source: 'demo-seed' });
    }
    return (await this.dataSource.query(`SELECT count(*)::int AS n FROM feedback WHERE source = 'demo-seed'`))[0].n;
  }
}
