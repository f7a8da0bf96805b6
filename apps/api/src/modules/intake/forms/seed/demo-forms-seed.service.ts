import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FormInputParsed, FormSubmission } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../config/app-config';
import { ChatService } from '../chat.service';
import { FeedbackForm } from '../feedback-form.entity';
import { FormSubmissionsService } from '../form-submissions.service';

export const DEMO_FORM_SLUG = 'demo-feedback';

const DEMO_FORM: FormInputParsed = {
  name: 'Website feedback (demo)',
  slug: DEMO_FORM_SLUG,
  kind: 'nps',
  questions: {
    score: { label: 'How likely are you to recommend Fullcircle Air to a friend?' },
    comment: { label: 'What is the main reason for your score?', required: false },
    extra: [{ id: 'trip', kind: 'single_choice', label: 'What was your trip for?', required: false, options: ['Business', 'Leisure', 'Family'] }],
  },
  branding: {
    title: 'How was your flight?',
    intro: 'Two minutes of your time helps us fly better.',
    accentColor: '#0e7490',
    logoUrl: null,
    thankYouMessage: 'Thank you! Our customer team reads every answer.',
  },
  allowedOrigins: ['https://shop.example.com'],
  askEmail: 'optional',
  conversationEnabled: true,
  active: true,
};

const ANSWERS: (FormSubmission & { followUps?: string[] })[] = [
  { via: 'widget', score: 9, comment: 'Smooth boarding and friendly crew.', answers: { trip: 'Business' }, email: 'demo.widget.ana@example.test' },
  { via: 'hosted', score: 3, comment: 'My bag arrived two days late.', answers: { trip: 'Leisure' }, email: 'demo.form.ben@example.test' },
  {
    via: 'widget',
    score: 6,
    comment: 'Check-in on the app kept failing.',
    email: 'demo.chat.chloe@example.test',
    followUps: ['It says "session expired" after the passport step.', 'I am on Android 15, app version 4.2.'],
  },
  { via: 'hosted', score: 10, answers: { trip: 'Family' } },
  { via: 'widget', score: 7, comment: 'Seats were fine, food could be better.', visitorId: 'demo-visitor-1' },
];

/**
 * A demo form with chat on, answered through the real path (FormSubmissionsService and
 * ChatService, hence intake), so Settings → Forms & widget and the Channels page show data.
 * Runs once: nothing happens when the demo form exists.
 */
@Injectable()
export class DemoFormsSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submissions: FormSubmissionsService,
    private readonly chat: ChatService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const created = await this.seed();
    if (created > 0) this.logger.log(`Demo form: ${created} answers sent through the form channel`);
  }

  async seed(): Promise<number> {
    const form = await this.dataSource.transaction(async (manager) => {
      // Two API processes starting together: one inserts, the other finds nothing to do.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FeedbackForm)
        .values(DEMO_FORM)
        .orIgnore()
        .returning('id')
        .execute();
      return (inserted.raw as unknown[]).length > 0 ? manager.findOneByOrFail(FeedbackForm, { slug: DEMO_FORM_SLUG }) : null;
    });
    if (!form) return 0;
    for (const { followUps, ...answer } of ANSWERS) {
      const accepted = await this.submissions.answer(form, answer);
      for (const text of followUps ?? []) await this.chat.postWithToken(accepted.chat!.token, text);
    }
    return ANSWERS.length;
  }
}
