import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditWorkerModule } from './modules/audit/audit-worker.module';
import { EnrichmentWorkerModule } from './modules/enrichment/enrichment-worker.module';
import { CsvImportWorkerModule } from './modules/intake/csv-import/csv-import-worker.module';
import { CasesWorkerModule } from './modules/cases/cases-worker.module';
import { RoutingWorkerModule } from './modules/routing/routing-worker.module';
import { CommunicationsWorkerModule } from './modules/communications/communications-worker.module';
import { SurgesWorkerModule } from './modules/surges/surges-worker.module';
import { InitiativesWorkerModule } from './modules/initiatives/initiatives-worker.module';
import { OutboxRelayService } from './queue/outbox/outbox-relay.service';
import { WorkerBootstrapService } from './queue/worker-bootstrap.service';
import { InfrastructureModule } from './infrastructure.module';

/** The worker process: every queue's processor plus the outbox relay. */
@Module({
  imports: [
    InfrastructureModule,
    DiscoveryModule,
    AuditWorkerModule,
    EnrichmentWorkerModule,
    CsvImportWorkerModule,
    RoutingWorkerModule,
    CasesWorkerModule,
    CommunicationsWorkerModule,
    SurgesWorkerModule,
    InitiativesWorkerModule,
  ],
  providers: [WorkerBootstrapService, OutboxRelayService],
})
export class WorkerModule {}
