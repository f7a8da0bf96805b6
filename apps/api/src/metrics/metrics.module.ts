import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { QueueMetricsService } from './queue-metrics.service';

@Module({ controllers: [MetricsController], providers: [QueueMetricsService] })
export class MetricsModule {}
