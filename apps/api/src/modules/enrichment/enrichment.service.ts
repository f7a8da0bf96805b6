import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { FeedbackService } from '../intake/feedback.service';
import { ActiveModelsService } from './active-models.service';
import { createTopicTagger } from './classification/topic-tagger';
import { analyseFeedback } from './feedback-analysis';
import { chooseLanguage } from './language-choice';
import { LanguageDetector } from './language-detector';

@Injectable()
export class EnrichmentService {
  private readonly logger = new Logger(EnrichmentService.name);
  private readonly topics = createTopicTagger();
  private readonly defaultCountry: CountryCode | undefined;

  constructor(
    private readonly feedback: FeedbackService,
    private readonly languages: LanguageDetector,
    private readonly models: ActiveModelsService,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // The organisation's own country reads local phone numbers in the text (as SMS intake does).
    this.defaultCountry = isSupportedCountry(config.SMS_DEFAULT_REGION) ? config.SMS_DEFAULT_REGION : undefined;
  }

  /**
   * Language, sentiment, topics, urgency and where personal data sits, each with the model that
   * produced it, then hands the item to routing (an outbox row in the same transaction). Safe to
   * repeat (jobs are delivered at least once): an item already enriched is left alone.
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
    const analysis = analyseFeedback(item, {
      sentimentModel: await this.models.active('sentiment'),
      topics: this.topics,
      defaultCountry: this.defaultCountry,
    });
    await this.dataSource.transaction(async (manager) => {
      const saved = await this.feedback.saveEnrichment(feedbackId, { ...chooseLanguage(declared, detected), ...analysis }, manager);
      if (saved) await this.outbox.enqueue(manager, 'routing', 'route', { feedbackId });
    });
  }
}
