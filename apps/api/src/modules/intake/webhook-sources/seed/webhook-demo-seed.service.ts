import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config';
import { ChannelActivityService } from '../../activity/channel-activity.service';
import { WebhookReceiverService, webhookSourceLabel } from '../webhook-receiver.service';
import { webhookSignature } from '../webhook-secret';
import { WebhookSourcesService } from '../webhook-sources.service';
import { demoWebhookSources } from './webhook-demo.data';

/**
 * A demo review source and a demo social source, each with a few deliveries signed with the
 * source's own secret and sent through the receiver (signature, replay check, mapping, intake),
 * as a platform would. Idempotent: the sources have fixed ids and each post its own message id.
 * Waits for the general demo seed, like the email one, so it never stops that one from running.
 */
@Injectable()
export class WebhookDemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: WebhookSourcesService,
    private readonly receiver: WebhookReceiverService,
    private readonly activity: ChannelActivityService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo social and reviews: ${created} posts sent through their webhooks`);
  }

  async seed(now = new Date()): Promise<number> {
    const [{ demo }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM feedback WHERE source = 'demo-seed') AS demo`);
    if (!demo) return 0;
    let created = 0;
    for (const spec of demoWebhookSources(now)) {
      const [{ n: seen }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM feedback WHERE source = $1`, [webhookSourceLabel(spec.id)]);
      if (seen >= spec.deliveries.length) continue;
      const secret = await this.sources.ensureDemoSource(spec);
      // Deactivated or unreadable (SECRETS_KEY changed): leave the admin's choice alone.
      if (!secret) continue;
      for (const payload of spec.deliveries) {
        const body = Buffer.from(JSON.stringify(payload));
        const t = Math.floor(Date.now() / 1000);
        const delivery = await this.receiver.receive(spec.id, body, `t=${t},v1=${webhookSignature(secret, t, body)}`);
        if (delivery.status === 202) {
          created += 1;
          this.activity.record({ channel: spec.kind, outcome: 'accepted', status: 202, source: webhookSourceLabel(spec.id), feedbackId: delivery.accepted.id });
        }
      }
    }
    return created;
  }
}
