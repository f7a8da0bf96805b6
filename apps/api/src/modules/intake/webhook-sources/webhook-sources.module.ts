import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Channel, ChannelSetup, WebhookSourceKind } from '@fullcircle/shared';
import type { FastifyInstance } from 'fastify';
import { AuditModule } from '../../audit/audit.module';
import { ChannelStatusService } from '../activity/channel-status.service';
import { noteIntakeDelivery } from '../activity/intake-routes';
import { FeedbackModule } from '../feedback.module';
import { IntakeModule } from '../intake.module';
import { WebhookReplayKey } from './entities/webhook-replay-key.entity';
import { WebhookSource } from './entities/webhook-source.entity';
import { captureWebhookRawBody } from './webhook-raw-body';
import { WebhookReceiverController } from './webhook-receiver.controller';
import { WebhookReceiverService, webhookSourceLabel } from './webhook-receiver.service';
import { WebhookSourcesController } from './webhook-sources.controller';
import { WebhookSourcesService } from './webhook-sources.service';

const SETUP_SUMMARY: Record<WebhookSourceKind, string> = {
  social: 'social source',
  review: 'review source',
};

/** Channel 7: social networks and review platforms post signed JSON to a webhook per source. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSource, WebhookReplayKey]), IntakeModule, FeedbackModule, AuditModule],
  controllers: [WebhookSourcesController, WebhookReceiverController],
  providers: [WebhookSourcesService, WebhookReceiverService],
  exports: [WebhookReceiverService, WebhookSourcesService],
})
export class WebhookSourcesModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    private readonly sources: WebhookSourcesService,
    private readonly receiver: WebhookReceiverService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    for (const kind of ['social', 'review'] as const satisfies readonly Channel[]) {
      this.status.register(kind, () => this.setup(kind));
    }
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    captureWebhookRawBody(fastify, async (request) => {
      // Noted before the body is read, so a 413 or 415 is shown under the source's own channel.
      const { sourceId } = request.params as { sourceId?: string };
      const source = await this.receiver.findActive(sourceId ?? '').catch(() => null);
      if (source) noteIntakeDelivery(request, { channel: source.kind, source: webhookSourceLabel(source.id) });
    });
  }

  private async setup(kind: WebhookSourceKind): Promise<ChannelSetup> {
    const active = (await this.sources.active()).filter((s) => s.kind === kind);
    if (active.length === 0) {
      return { state: 'not_configured', summary: `Add a ${SETUP_SUMMARY[kind]} in Settings → Channels → Social & reviews.`, endpoints: [] };
    }
    const networks = [...new Set(active.map((s) => s.network))].join(', ');
    return {
      state: 'live',
      summary: `${active.length} active ${SETUP_SUMMARY[kind]}${active.length === 1 ? '' : 's'} (${networks}), signed with Fullcircle-Signature.`,
      endpoints: active.map((s) => ({ label: `${s.name} (${s.network})`, value: s.path })),
    };
  }
}
