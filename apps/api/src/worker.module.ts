import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { AuditWorkerModule } from './modules/audit/audit-worker.module';
import { EnrichmentWorkerModule } from './modules/enrichment/enrichment-worker.module';
import { OutboxRelayService } from './queue/outbox/outbox-relay.service';
import { OutboxModule } from './queue/outbox/outbox.module';
import { QueueModule } from './queue/queue.module';
import { WorkerBootstrapService } from './queue/worker-bootstrap.service';
import { RedisModule } from './redis/redis.module';

/** The worker process: every queue's processor plus the outbox relay. */
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    QueueModule,
    OutboxModule,
    DiscoveryModule,
    AuditWorkerModule,
    EnrichmentWorkerModule,
  ],
  providers: [WorkerBootstrapService, OutboxRelayService],
})
export class WorkerModule {}
