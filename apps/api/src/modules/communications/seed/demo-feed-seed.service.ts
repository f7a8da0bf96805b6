import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { FeedEntry } from '../entities/feed-entry.entity';
import { DEMO_FEED } from './demo-feed.data';

/** On first start of a demo organisation (an empty feed), adds a few entries so the feed shows what it is for. */
@Injectable()
export class DemoFeedSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo feed entries: ${created}`);
  }

  async seed(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo_feed'))`);
      if (await manager.exists(FeedEntry)) return 0;
      const departments: { id: string; slug: string }[] = await manager.query('SELECT id, slug FROM department');
      const users: { id: string; email: string }[] = await manager.query('SELECT id, email FROM app_user');
      const department = new Map(departments.map((d) => [d.slug, d.id]));
      const user = new Map(users.map((u) => [u.email, u.id]));
      // Only entries whose department exists: an organisation that renamed or removed one gets the rest.
      const rows = DEMO_FEED.filter((e) => e.departmentSlug === null || department.has(e.departmentSlug)).map((e) => ({
        kind: e.kind,
        departmentId: e.departmentSlug ? department.get(e.departmentSlug)! : null,
        title: e.title,
        body: e.body,
        authorId: (e.authorEmail && user.get(e.authorEmail)) || null,
        personId: (e.personEmail && user.get(e.personEmail)) || null,
        dedupeKey: `demo:${e.title}`,
        createdAt: new Date(now.getTime() - e.daysAgo * 24 * 3600_000),
      }));
      if (rows.length) await manager.insert(FeedEntry, rows);
      return rows.length;
    });
  }
}
