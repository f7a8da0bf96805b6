import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseDetailDto, type Channel, replySubject, type SendReplyRequest, type SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CommunicationsService } from '../communications/communications.service';
import { TemplatesService } from '../communications/templates/templates.service';
import { recordCaseEvent } from './case-events';
import { CaseLifecycleService } from './case-lifecycle.service';
import { lockCaseFor } from './case-lock';
import { CaseQueriesService } from './case-queries.service';
import { CaseResolutionService } from './case-resolution.service';
import type { Case } from './entities/case.entity';
import { SlaTimersService } from './sla/sla-timers.service';

interface Thread {
  reference: string;
  channel: Channel;
  subject: string | null;
  text: string;
  language: string | null;
  /** Message-IDs of the customer's emails in the case, oldest first. */
  messageIds: string[];
}

/**
 * Replies to the customer from a case. The message is written to the communications outbox in the
 * case's transaction; when it is queued (not held back by consent or a missing address) it counts
 * as the first response, starts work on a new case, and may move the case on (`then`).
 */
@Injectable()
export class CaseRepliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communications: CommunicationsService,
    private readonly templates: TemplatesService,
    private readonly lifecycle: CaseLifecycleService,
    private readonly resolution: CaseResolutionService,
    private readonly timers: SlaTimersService,
    private readonly queries: CaseQueriesService,
  ) {}

  async send(actor: SessionUser, id: string, body: SendReplyRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await lockCaseFor(manager, actor, id, 'reply');
      const thread = await this.thread(manager, c);
      // The composer sends the previewed (perhaps edited) text: it wins over the template's.
      const rendered = body.templateId ? await this.templates.renderForCase(manager, body.templateId, c.id, body.language ?? null, { 'agent.name': actor.name }) : null;
      const message = await this.communications.queueMessage(manager, {
        purpose: 'reply',
        customerId: c.customerId,
        caseId: c.id,
        channel: body.channel,
        originalChannel: thread.channel,
        subject: body.subject ?? rendered?.subject ?? replySubject(thread),
        body: body.body,
        inReplyTo: thread.messageIds,
        conversationReference: thread.reference,
        authorId: actor.id,
        templateId: body.templateId ?? null,
        language: rendered?.language ?? body.language ?? thread.language,
      });
      await recordCaseEvent(manager, c.id, 'reply_queued', { messageId: message.id, channel: message.channel, status: message.status, reason: message.reason }, actor.id);
      if (message.status === 'queued') await this.answered(manager, actor, c, body.then);
    });
    return this.queries.detail(actor, id);
  }

  /** The customer has an answer: first response met, work started, and the case moved on as asked. */
  private async answered(manager: EntityManager, actor: SessionUser, c: Case, then: SendReplyRequest['then']): Promise<void> {
    const now = new Date();
    c.firstRespondedAt ??= now;
    if (c.status === 'new' || c.status === 'assigned') await this.lifecycle.startWork(manager, actor, c, now);
    if (then === 'waiting_on_customer' && c.status !== 'waiting_on_customer') await this.lifecycle.waitOnCustomer(manager, actor, c, now);
    if (then === 'resolved') return this.resolution.resolveLocked(manager, actor, c, {}, now);
    await this.timers.replan(manager, c, now);
    await manager.save(c);
  }

  private async thread(manager: EntityManager, c: Case): Promise<Thread> {
    const [first]: { reference: string; channel: Channel; subject: string | null; text: string; language: string | null }[] = await manager.query(
      `SELECT conv.reference, f.channel, f.subject, f.text, f.language
         FROM feedback f JOIN conversation conv ON conv.id = $2 WHERE f.id = $1`,
      [c.firstFeedbackId, c.conversationId],
    );
    const ids: { external_message_id: string }[] = await manager.query(
      `SELECT f.external_message_id FROM case_item ci JOIN feedback f ON f.id = ci.feedback_id
        WHERE ci.case_id = $1 AND f.channel = 'email' AND f.external_message_id IS NOT NULL ORDER BY f.received_at, f.id`,
      [c.id],
    );
    return { ...first, messageIds: ids.map((r) => r.external_message_id) };
  }
}
