import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SURVEY_SCALE_TEXT, type MessageChannel } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { recordCaseEvent } from '../../cases/case-events';
import { Case } from '../../cases/entities/case.entity';
import { SurveysService } from '../../surveys/surveys.service';
import { CommunicationsService } from '../communications.service';
import { CommunicationSettingsService } from '../settings/communication-settings.service';
import { TemplatesService } from '../templates/templates.service';

export type FollowUpOutcome = 'sent' | 'suppressed' | 'stale';

/**
 * The one-click question after a resolution ("How satisfied are you…?"), sent when its delayed
 * job fires, in the channel the case was answered in. A case reopened (or resolved again) since
 * the job was scheduled has moved on, and the job does nothing.
 */
@Injectable()
export class FollowUpSurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly communications: CommunicationsService,
    private readonly settings: CommunicationSettingsService,
    private readonly templates: TemplatesService,
    private readonly surveys: SurveysService,
  ) {}

  async send(caseId: string, resolvedAt: string): Promise<FollowUpOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!c || c.status !== 'resolved' || c.resolvedAt?.toISOString() !== resolvedAt || c.followUpStatus !== 'scheduled') return 'stale';
      const settings = await this.settings.current(manager);
      const surveyName = `Follow-up ${SURVEY_SCALE_TEXT[settings.followUpScale].name}`;
      const survey = await this.surveys.systemSurvey(manager, surveyName, settings.followUpScale);
      if (!survey.active) return this.finish(manager, c, { status: 'suppressed', reason: `the “${surveyName}” survey is closed`, channel: null, messageId: null });

      const invitation = await this.surveys.invite(manager, survey.id, { customerId: c.customerId }, { expiresInDays: settings.followUpValidDays, caseId: c.id });
      const link = this.absolute(invitation.url);
      const reply = await this.replyChannel(manager, c);
      const text = await this.text(manager, c, surveyName, SURVEY_SCALE_TEXT[settings.followUpScale].question, link);
      const queued = await this.communications.queueMessage(manager, {
        customerId: c.customerId,
        caseId: c.id,
        purpose: 'survey',
        channel: reply.channel ?? undefined,
        originalChannel: reply.originalChannel,
        subject: text.subject,
        body: text.body,
        templateId: text.templateId,
        language: text.language,
        dedupeKey: `follow-up:${c.id}:${resolvedAt}`,
        context: { surveyInvitationId: invitation.id, surveyId: survey.id },
      });
      return this.finish(manager, c, {
        status: queued.status === 'queued' ? 'sent' : 'suppressed',
        reason: queued.reason,
        channel: queued.channel,
        messageId: queued.id,
      });
    });
  }

  private async finish(
    manager: EntityManager,
    c: Case,
    outcome: { status: 'sent' | 'suppressed'; reason: string | null; channel: MessageChannel | null; messageId: string | null },
  ): Promise<FollowUpOutcome> {
    c.followUpStatus = outcome.status;
    await manager.save(c);
    await recordCaseEvent(manager, c.id, 'survey_sent', outcome);
    return outcome.status;
  }

  /** The channel the customer was last answered in; without a reply, the channel they wrote in. */
  private async replyChannel(manager: EntityManager, c: Case): Promise<{ channel: MessageChannel | null; originalChannel: string | null }> {
    const [reply]: { channel: MessageChannel }[] = await manager.query(
      `SELECT channel FROM outbound_message WHERE case_id = $1 AND purpose = 'reply' AND status <> 'suppressed' ORDER BY created_at DESC LIMIT 1`,
      [c.id],
    );
    const [first]: { channel: string }[] = await manager.query('SELECT channel FROM feedback WHERE id = $1', [c.firstFeedbackId]);
    return { channel: reply?.channel ?? null, originalChannel: first?.channel ?? null };
  }

  /** The organisation's "Follow-up …" survey template in the customer's language, else a plain sentence. */
  private async text(
    manager: EntityManager,
    c: Case,
    surveyName: string,
    question: string,
    link: string,
  ): Promise<{ subject: string; body: string; templateId: string | null; language: string | null }> {
    const rendered = await this.templates.renderForCase(manager, { name: surveyName, purpose: 'survey', caseId: c.id, values: { 'survey.link': link } });
    if (rendered && rendered.body.includes(link)) {
      return { subject: rendered.subject ?? 'How did we do?', body: rendered.body, templateId: rendered.templateId, language: rendered.language };
    }
    const [ref]: { reference: string }[] = await manager.query('SELECT reference FROM conversation WHERE id = $1', [c.conversationId]);
    const reference = ref?.reference ?? '';
    return {
      subject: `How did we do? ${reference}`.trim(),
      body: `We resolved your case ${reference}. ${question} One click to answer: ${link}`,
      templateId: null,
      language: null,
    };
  }

  /** Links in messages leave the site, so they must be absolute: PUBLIC_URL, else this server. */
  private absolute(url: string): string {
    return url.startsWith('/') ? `http://localhost:${this.config.PORT}${url}` : url;
  }
}
