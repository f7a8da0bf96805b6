import { Controller, ForbiddenException, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../common/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QueueMetricsService } from './queue-metrics.service';
import { metricsRegistry } from './metrics.registry';

/** Prometheus scrape endpoint, outside /api. With METRICS_TOKEN set, scrapers must send it as a bearer token. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queueMetrics: QueueMetricsService,
  ) {}

  @Get()
  @Public('Prometheus scrapes it; guarded by METRICS_TOKEN when set; holds no personal data')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    if (this.config.METRICS_TOKEN && !sameSecret(authorization ?? '', `Bearer ${this.config.METRICS_TOKEN}`)) {
      throw new ForbiddenException('A valid metrics token is required');
    }
    await this.queueMetrics.refresh();
    void reply.header('content-type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
