import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FollowUpModule } from '../communications/follow-up/follow-up.module';
import { EnrichmentModule } from '../enrichment/enrichment.module';
import { RoutingProcessor } from './routing.processor';
import { RoutingService } from './routing.service';
import { RoutingSettingsModule } from './settings/routing-settings.module';

/** The routing queue's processor, loaded only by the worker process. */
@Module({ imports: [CasesModule, EnrichmentModule, RoutingSettingsModule, FollowUpModule], providers: [RoutingService, RoutingProcessor] })
export class RoutingWorkerModule {}
