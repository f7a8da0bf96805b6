import { Injectable, Logger } from '@nestjs/common';
import { FeedbackService } from '../intake/feedback.service';
import { chooseLanguage } from './language-choice';
import { LanguageDetector } from './language-detector';

@Injectable()
export class EnrichmentService {
  private readonly logger = new Logger(EnrichmentService.name);

  constructor(
    private readonly feedback: FeedbackService,
    private readonly languages: LanguageDetector,
  ) {}

  /**
   * Safe to repeat (jobs are delivered at least once): an item already enriched is left alone.
   * Sentiment, topics, urgency, PII redaction and the hand-off to routing arrive in a later issue.
   */
  async enrich(feedbackId: string): Promise<void> {
    const item = await this.feedback.findToEnrich(feedbackId);
    if (!item) {
      this.logger.warn(`feedback ${feedbackId} no longer exists; nothing to enrich`);
      return;
    }
    if (item.enrichedAt) return;
    const declared = item.languageSource === 'declared' ? item.language : null;
    const detected = declared ? null : await this.languages.detect(item.text);
    await this.feedback.saveEnrichment(feedbackId, chooseLanguage(declared, detected));
  }
}
