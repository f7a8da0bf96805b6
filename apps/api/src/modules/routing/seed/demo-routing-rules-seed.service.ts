import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RoutingRule } from '../rules/entities/routing-rule.entity';
import { DEMO_ROUTING_RULES } from './demo-routing-rules.data';

/**
 * On first start of a demo organisation (no rules yet, demo departments present), adds starter
 * routing rules so the demo inbox fills: the worker routes the demo feedback only after the API
 * is ready, so these exist before the first item is routed.
 */
@Injectable()
export class DemoRoutingRulesSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo routing rules: ${created}`);
  }

  async seed(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // the same lock as rule edits: two API processes starting together seed once
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('routing_rule_order'))`);
      if (await manager.exists(RoutingRule)) return 0;
      const departments: { id: string; slug: string }[] = await manager.query('SELECT id, slug FROM department');
      const bySlug = new Map(departments.map((d) => [d.slug, d.id]));
      const rows = DEMO_ROUTING_RULES.filter((r) => bySlug.has(r.departmentSlug)).map(({ departmentSlug, rule }, position) => {
        const departmentId = bySlug.get(departmentSlug)!;
        return manager.create(RoutingRule, { ...rule, enabled: true, match: 'all', actions: { ...rule.actions, departmentId }, position, departmentId });
      });
      await manager.save(rows);
      return rows.length;
    });
  }
}
