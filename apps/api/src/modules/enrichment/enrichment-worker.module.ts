import { Module } from '@nestjs/common';
import { EnrichmentModule } from './enrichment.module';
import { EnrichmentProcessor } from './enrichment.processor';
import { ModelTrainingService } from './training/model-training.service';
import { TrainingProcessor } from './training/training.processor';

/** The enrichment and training queues' processors, loaded only by the worker process. */
@Module({ imports: [EnrichmentModule], providers: [EnrichmentProcessor, ModelTrainingService, TrainingProcessor] })
export class EnrichmentWorkerModule {}
