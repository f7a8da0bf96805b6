import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { saveTemplateRequestSchema } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { MessageTemplate } from '../entities/message-template.entity';
import { DEMO_TEMPLATES } from './demo-templates.data';

/** On first start of a demo organisation (no templates yet), adds the starter templates. */
@Injectable()
export class DemoTemplatesSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo message templates: ${created}`);
  }

  async seed(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // two API processes starting together seed once
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo_message_templates'))`);
      if (await manager.exists(MessageTemplate)) return 0;
      const rows = DEMO_TEMPLATES.map((t) => saveTemplateRequestSchema.parse(t));
      await manager.insert(MessageTemplate, rows);
      return rows.length;
    });
  }
}
