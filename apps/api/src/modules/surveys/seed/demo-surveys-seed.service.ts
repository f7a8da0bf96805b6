import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Sender } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { demoFeedback } from '../../intake/seed/demo-feedback.data';
import { SurveyResponsesService } from '../survey-responses.service';
import { SurveysService } from '../surveys.service';
import { DEMO_SURVEYS } from './demo-surveys.data';

// Arbitrary constant shared by every API process, so N processes starting together seed once.
const DEMO_SURVEYS_LOCK_ID = 7_140_914_306;

/**
 * On first start with no surveys, creates a demo NPS and CSAT survey, links for some of the demo
 * customers, and answers most of them through SurveyResponsesService (the path a customer's
 * browser takes), so Settings → Channels → Surveys and the customers' timelines show answers.
 */
@Injectable()
export class DemoSurveysSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveysService,
    private readonly responses: SurveyResponsesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const answered = await this.seed();
    if (answered > 0) this.logger.log(`Demo surveys: ${DEMO_SURVEYS.length} surveys, ${answered} answers sent through the survey links`);
  }

  /** Returns how many answers it recorded: 0 when any survey exists already. */
  async seed(now = new Date()): Promise<number> {
    const recipients = demoRecipients(now);
    const planned = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SURVEYS_LOCK_ID]);
      const [{ any }] = await manager.query('SELECT EXISTS (SELECT 1 FROM survey) AS any');
      if (any) return [];
      const admin: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
      const links: { token: string; answer: { score: number; comment?: string } }[] = [];
      let next = 0;
      for (const demo of DEMO_SURVEYS) {
        const [{ id }] = await manager.query(
          `INSERT INTO survey (name, scale, question, comment_prompt, thank_you_text, created_by_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            demo.survey.name,
            demo.survey.scale,
            demo.survey.question,
            demo.survey.commentPrompt ?? null,
            demo.survey.thankYouText ?? 'Thank you for your answer. It helps us do better.',
            admin[0]?.id ?? null,
          ],
        );
        for (const answer of demo.answers) {
          const customer = recipients[next++ % recipients.length];
          const invitation = await this.surveys.invite(manager, id, { customer }, { source: 'demo-seed' });
          if (answer) links.push({ token: invitation.token, answer });
        }
      }
      return links;
    });
    // Answered after the links are committed, each in its own transaction, as customers would.
    for (const { token, answer } of planned) await this.responses.answer(token, answer);
    return planned.length;
  }
}

/** The demo customers (the same people the demo feedback comes from), so answers join their timelines. */
function demoRecipients(now: Date): Sender[] {
  const seen = new Set<string>();
  const people: Sender[] = [];
  for (const item of demoFeedback(now)) {
    const email = item.customer.email;
    if (!email || seen.has(email)) continue;
    seen.add(email);
    people.push({ email, ...(item.customer.name ? { name: item.customer.name } : {}) });
  }
  return people;
}
