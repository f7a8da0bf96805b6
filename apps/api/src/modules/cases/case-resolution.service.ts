import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseDetailDto,
  type CloseCaseRequest,
  type ReopenCaseRequest,
  type ResolveCaseRequest,
  type SessionUser,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { CommunicationsService } from '../communications/communications.service';
import { CommunicationSettingsService } from '../communications/settings/communication-settings.service';
import { recordCaseEvent } from './case-events';
import { lockCaseFor } from './case-lock';
import { CaseQueriesService } from './case-queries.service';
import { assertTransition, reopenedStatus } from './case-state-machine';
import { Case } from './entities/case.entity';
import { isPaused, resumePauses } from './sla/case-sla-plan';
import { SlaTimersService } from './sla/sla-timers.service';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Statuses of a reply that count as "the customer was answered" (not failed, bounced or suppressed). */
const ANSWERED_STATUSES = ['queued', 'sending', 'sent', 'delivered'];

export interface ReopenCause {
  reason: string;
  by: 'staff' | 'customer' | 'survey';
  feedbackId?: string;
}

/**
 * The end of the inner loop: resolve (with a reply or a reason none is possible), reopen, close,
 * and the automatic close of resolved cases nobody reopened. Resolving schedules the follow-up
 * survey and the auto-close as delayed jobs in the same transaction; each job carries the
 * resolution's instant, so a reopen and a later resolution make the older jobs do nothing.
 */
@Injectable()
export class CaseResolutionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timers: SlaTimersService,
    private readonly outbox: OutboxService,
    private readonly communications: CommunicationsService,
    private readonly settings: CommunicationSettingsService,
    private readonly queries: CaseQueriesService,
  ) {}

  async resolve(actor: SessionUser, id: string, body: ResolveCaseRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => this.resolveLocked(manager, actor, await lockCaseFor(manager, actor, id, 'resolve', 'resolved'), body));
    return this.queries.detail(actor, id);
  }

  /** Resolves a case the caller locked and checked (also a reply's `then: resolved`). Saves it. */
  async resolveLocked(manager: EntityManager, actor: SessionUser, c: Case, body: ResolveCaseRequest, now = new Date()): Promise<void> {
    assertTransition(c.status, 'resolved');
    if (!body.noReplyReason && !(await this.customerAnswered(manager, c.id))) {
      throw fieldInvalid('noReplyReason', 'is required when the customer has had no reply: reply first, or say why no reply is possible');
    }
    const settings = await this.settings.current(manager);
    const from = c.status;
    // The clock stops at resolution; a pause left open would hold it still after a reopen.
    if (isPaused(c)) c.slaPauses = resumePauses(c.slaPauses, now);
    c.status = 'resolved';
    c.resolvedAt = now;
    c.resolution = { summary: body.summary ?? null, noReplyReason: body.noReplyReason ?? null, resolvedById: actor.id };
    c.followUpStatus = settings.followUpEnabled ? 'scheduled' : null;
    c.followUpAt = settings.followUpEnabled ? new Date(now.getTime() + settings.followUpDelayHours * HOUR_MS) : null;
    await this.timers.replan(manager, c, now);
    await manager.save(c);
    await recordCaseEvent(manager, c.id, 'resolved', { from, summary: c.resolution.summary, noReplyReason: c.resolution.noReplyReason }, actor.id);

    const resolvedAt = now.toISOString();
    if (c.followUpAt) {
      await recordCaseEvent(manager, c.id, 'survey_scheduled', { at: c.followUpAt.toISOString(), scale: settings.followUpScale });
      await this.outbox.enqueue(manager, QUEUE.communications, 'follow-up-survey', { caseId: c.id, resolvedAt }, { delayMs: c.followUpAt.getTime() - now.getTime() });
    }
    await this.scheduleAutoClose(manager, c.id, resolvedAt, settings.autoCloseDays * DAY_MS);
    if (body.lesson) {
      await this.communications.postFeed(manager, {
        kind: 'lesson',
        departmentId: c.departmentId,
        title: body.summary ? `Lesson: ${body.summary}` : 'A lesson from a resolved case',
        body: body.lesson,
        caseId: c.id,
        authorId: actor.id,
        dedupeKey: `lesson:${c.id}:${resolvedAt}`,
      });
    }
  }

  async reopen(actor: SessionUser, id: string, body: ReopenCaseRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await lockCaseFor(manager, actor, id, 'reopen', (x) => reopenedStatus(x.assigneeId));
      await this.reopenLocked(manager, c, { reason: body.reason, by: 'staff' }, actor.id);
    });
    return this.queries.detail(actor, id);
  }

  /**
   * Reopens a resolved case the caller locked: back to its assignee's (or department's) queue, the
   * resolution clock running again, a follow-up survey that has not gone out yet cancelled. Saves it.
   */
  async reopenLocked(manager: EntityManager, c: Case, cause: ReopenCause, actorId: string | null, now = new Date()): Promise<void> {
    const to = reopenedStatus(c.assigneeId);
    assertTransition(c.status, to);
    c.status = to;
    c.reopenCount += 1;
    c.resolvedAt = null;
    c.resolution = null;
    const cancelFollowUp = c.followUpStatus === 'scheduled';
    if (cancelFollowUp) c.followUpStatus = 'cancelled';
    await this.timers.replan(manager, c, now);
    await manager.save(c);
    await recordCaseEvent(manager, c.id, 'reopened', { ...cause, status: to }, actorId);
    if (cancelFollowUp) await recordCaseEvent(manager, c.id, 'survey_cancelled', { reason: 'the case was reopened before it was sent' }, actorId);
  }

  /** The customer wrote again into a resolved case's conversation: reopen it and tell whoever works it. */
  async reopenByCustomer(manager: EntityManager, c: Case, feedbackId: string): Promise<void> {
    await this.reopenLocked(manager, c, { reason: 'the customer wrote again', by: 'customer', feedbackId }, null);
    const userIds = c.assigneeId ? [c.assigneeId] : await this.departmentOwners(manager, c.departmentId);
    if (userIds.length === 0) return;
    const [ref]: { reference: string }[] = await manager.query('SELECT reference FROM conversation WHERE id = $1', [c.conversationId]);
    await this.communications.notifyStaff(manager, {
      userIds,
      kind: 'reopened',
      title: `${ref?.reference ?? 'A case'} reopened: the customer wrote again`,
      body: 'The customer answered after the case was resolved, so it is back in your queue.',
      caseId: c.id,
      dedupeKey: `reopened:${c.id}:${feedbackId}`,
    });
  }

  async close(actor: SessionUser, id: string, body: CloseCaseRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await lockCaseFor(manager, actor, id, 'close', 'closed');
      await this.closeLocked(manager, c, { reason: body.reason ?? null }, actor.id);
    });
    return this.queries.detail(actor, id);
  }

  /** Closes a case the caller locked (final: a customer writing again opens a new case). Saves it. */
  async closeLocked(manager: EntityManager, c: Case, data: Record<string, unknown>, actorId: string | null, now = new Date()): Promise<void> {
    assertTransition(c.status, 'closed');
    // A case without a department is in triage (a database rule): route it before closing it.
    if (!c.departmentId) throw new ConflictException('A case in triage needs a department before it can be closed');
    const from = c.status;
    c.status = 'closed';
    c.closedAt = now;
    if (isPaused(c)) c.slaPauses = resumePauses(c.slaPauses, now);
    await this.timers.replan(manager, c, now);
    await manager.save(c);
    await recordCaseEvent(manager, c.id, 'closed', { from, ...data }, actorId);
  }

  /**
   * The `auto-close` job: closes the case only if it is still resolved by the resolution the job
   * was scheduled for, and only once the organisation's auto-close days have passed (they may have
   * grown since, or the wait was longer than one timer holds): otherwise it waits again.
   */
  async autoClose(caseId: string, resolvedAt: string, now = new Date()): Promise<'closed' | 'stale' | 'waiting'> {
    return this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!c || c.status !== 'resolved' || c.resolvedAt?.toISOString() !== resolvedAt) return 'stale';
      const { autoCloseDays } = await this.settings.current(manager);
      const remaining = Date.parse(resolvedAt) + autoCloseDays * DAY_MS - now.getTime();
      if (remaining > 0) {
        await this.scheduleAutoClose(manager, c.id, resolvedAt, remaining);
        return 'waiting';
      }
      await this.closeLocked(manager, c, { automatic: true, days: autoCloseDays }, null, now);
      return 'closed';
    });
  }

  /** The outbox keeps a delay in a 32-bit integer (about 24 days): a longer wait runs as several timers. */
  private scheduleAutoClose(manager: EntityManager, caseId: string, resolvedAt: string, delayMs: number): Promise<string> {
    return this.outbox.enqueue(manager, QUEUE.cases, 'auto-close', { caseId, resolvedAt }, { delayMs: Math.min(delayMs, MAX_DELAY_MS) });
  }

  private async customerAnswered(manager: EntityManager, caseId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM outbound_message WHERE case_id = $1 AND purpose = 'reply' AND customer_id IS NOT NULL AND status = ANY($2) LIMIT 1`,
      [caseId, ANSWERED_STATUSES],
    );
    return rows.length > 0;
  }

  private async departmentOwners(manager: EntityManager, departmentId: string | null): Promise<string[]> {
    if (!departmentId) return [];
    const rows: { user_id: string }[] = await manager.query(
      `SELECT m.user_id FROM department_membership m JOIN app_user u ON u.id = m.user_id WHERE m.department_id = $1 AND m.is_owner AND u.status = 'active'`,
      [departmentId],
    );
    return rows.map((r) => r.user_id);
  }

}
