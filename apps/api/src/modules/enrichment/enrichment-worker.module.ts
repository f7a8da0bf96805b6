import { Module } from '@nestjs/common';
import { EnrichmentModule } from './enrichment.module';
import { EnrichmentProcessor } from './enrichment.processor';

/** The enrichment queue's processor, loaded only by the worker process. */
@Module({ imports: [EnrichmentModule], providers: [EnrichmentProcessor] })
export class EnrichmentWorkerModule {}
