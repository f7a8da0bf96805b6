import { Module } from '@nestjs/common';
import { FeedbackModule } from '../intake/feedback.module';
import { EnrichmentService } from './enrichment.service';
import { LanguageDetector } from './language-detector';

@Module({
  imports: [FeedbackModule],
  providers: [EnrichmentService, LanguageDetector],
  exports: [EnrichmentService],
})
export class EnrichmentModule {}
