import { Module } from '@nestjs/common';
import { WebhookSourcesModule } from '../webhook-sources.module';
import { WebhookDemoSeedService } from './webhook-demo-seed.service';

/** HTTP process only, after the general demo feedback seed. */
@Module({ imports: [WebhookSourcesModule], providers: [WebhookDemoSeedService] })
export class WebhookDemoSeedModule {}
