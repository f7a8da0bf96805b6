import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { composeRaw, demoEmails } from './email-demo.data';
import { InboundEmailService } from './inbound-email.service';

/**
 * A few demo emails sent through the same path as SMTP (raw message → parser → intake), so a new
 * install shows the email channel. Idempotent by Message-ID. It waits for the general demo seed
 * (which only runs on an empty feedback table) so it never stops that one from running.
 */
@Injectable()
export class EmailDemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbound: InboundEmailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo email: ${created} messages sent through email intake`);
  }

  async seed(now = new Date()): Promise<number> {
    const [{ demo }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM feedback WHERE source = 'demo-seed') AS demo`);
    if (!demo) return 0;
    const emails = demoEmails(now, this.inbound.addresses.list[0]);
    const ids = emails.map((e) => e.messageId);
    const [{ n: seen }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM feedback WHERE channel = 'email' AND external_message_id = ANY($1)`, [ids]);
    if (seen === emails.length) return 0;
    for (const email of emails) {
      await this.inbound.receive(await composeRaw(email), { mailFrom: (email.from as { address: string }).address, recipients: [{ address: String(email.to), reference: null }] });
    }
    return emails.length - seen;
  }
}
