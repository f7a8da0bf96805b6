import { Module } from '@nestjs/common';
import { FeedbackModule } from '../intake/feedback.module';
import { ActiveModelsService } from './active-models.service';
import { EnrichmentService } from './enrichment.service';
import { LanguageDetector } from './language-detector';

@Module({
  imports: [FeedbackModule],
  providers: [EnrichmentService, LanguageDetector, ActiveModelsService],
  exports: [EnrichmentService, ActiveModelsService],
})
export class EnrichmentModule {}
