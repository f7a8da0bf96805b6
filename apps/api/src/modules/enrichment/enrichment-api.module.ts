import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FeedbackLabelsController } from './labels/feedback-labels.controller';
import { FeedbackLabelsService } from './labels/feedback-labels.service';
import { ModelTrainingService } from './training/model-training.service';
import { ModelsController } from './training/models.controller';
import { ModelsService } from './training/models.service';

/** The HTTP side of enrichment: staff corrections (labels) and the trained models. */
@Module({
  imports: [AuditModule],
  controllers: [FeedbackLabelsController, ModelsController],
  providers: [FeedbackLabelsService, ModelsService, ModelTrainingService],
  exports: [ModelTrainingService],
})
export class EnrichmentApiModule {}
