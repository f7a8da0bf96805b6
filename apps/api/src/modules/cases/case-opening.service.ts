import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RouteDecision } from '../routing/routing-decision';
import { AssignmentService } from './assignment/assignment.service';
import { OPEN_STATUSES_SQL } from './case-status';
import { CaseItem } from './entities/case-item.entity';
import { recordCaseEvent } from './case-events';
import { Case } from './entities/case.entity';
import { isPaused, resumePauses } from './sla/case-sla-plan';
import { SlaTimersService } from './sla/sla-timers.service';

export interface ItemToFile {
  feedbackId: string;
  customerId: string;
  conversationId: string;
}

/**
 * Files routed items into cases: a new case, or the open case the item follows up on. Every
 * method runs inside the caller's transaction, which holds the customer's lock (see RoutingService).
 */
@Injectable()
export class CaseOpeningService {
  constructor(
    private readonly assignment: AssignmentService,
    private readonly timers: SlaTimersService,
  ) {}

  async isFiled(manager: EntityManager, feedbackId: string): Promise<boolean> {
    return (await manager.count(CaseItem, { where: { feedbackId } })) > 0;
  }

  /** The open case of the item's thread, else (once a department is known) the customer's open case there. */
  async openCaseFor(manager: EntityManager, item: ItemToFile, departmentId?: string | null): Promise<Case | null> {
    const params: unknown[] = [item.conversationId];
    let where = 'conversation_id = $1';
    if (departmentId) {
      params.push(item.customerId, departmentId);
      where = `(conversation_id = $1 OR (customer_id = $2 AND department_id = $3))`;
    }
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM cases WHERE ${where} AND status IN (${OPEN_STATUSES_SQL})
        ORDER BY (conversation_id = $1) DESC, opened_at DESC LIMIT 1`,
      params,
    );
    return row ? manager.findOneOrFail(Case, { where: { id: row.id }, lock: { mode: 'pessimistic_write' } }) : null;
  }

  /** The conversation's latest case when it is resolved (not closed): the customer writing again reopens it. */
  async resolvedCaseFor(manager: EntityManager, item: ItemToFile): Promise<Case | null> {
    const [row]: { id: string; status: string }[] = await manager.query(
      `SELECT id, status FROM cases WHERE conversation_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 1`,
      [item.conversationId],
    );
    if (row?.status !== 'resolved') return null;
    const c = await manager.findOneOrFail(Case, { where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
    return c.status === 'resolved' ? c : null;
  }

  /** The case a follow-up survey answer belongs to (its invitation named it), locked; null if it is gone. */
  async caseById(manager: EntityManager, caseId: string): Promise<Case | null> {
    return manager.findOne(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Adds a follow-up to an open case; a customer's answer restarts a clock that waited on them. */
  async attach(manager: EntityManager, c: Case, item: ItemToFile, now = new Date()): Promise<Case> {
    await manager.insert(CaseItem, { feedbackId: item.feedbackId, caseId: c.id });
    c.itemCount += 1;
    await recordCaseEvent(manager, c.id, 'attached', { feedbackId: item.feedbackId, sameConversation: c.conversationId === item.conversationId });
    if (c.status === 'waiting_on_customer' || isPaused(c)) {
      c.slaPauses = resumePauses(c.slaPauses, now);
      c.status = 'in_progress';
      await recordCaseEvent(manager, c.id, 'resumed', { reason: 'the customer answered', feedbackId: item.feedbackId });
      await this.timers.replan(manager, c, now);
    }
    return manager.save(c);
  }

  /** Opens a case for the item as routing decided: department (or triage), assignee, priority, SLA timers. */
  async open(manager: EntityManager, item: ItemToFile, route: RouteDecision, now = new Date()): Promise<Case> {
    let assigneeId: string | null = null;
    if (route.departmentId) {
      await this.assignment.lockDepartment(manager, route.departmentId);
      assigneeId = await this.assignment.pick(manager, route.departmentId, route.assignment);
    }
    const c = await manager.save(
      manager.create(Case, {
        customerId: item.customerId,
        conversationId: item.conversationId,
        firstFeedbackId: item.feedbackId,
        departmentId: route.departmentId,
        assigneeId,
        assignedAt: assigneeId ? now : null,
        status: !route.departmentId ? 'triage' : assigneeId ? 'assigned' : 'new',
        priority: route.priority,
        tags: route.tags,
        routedBy: route.decision.by,
        routing: { ...route.decision, decidedAt: now.toISOString() },
        slaPolicyId: route.slaPolicyId,
        slaPauses: [],
        slaFired: [],
        openedAt: now,
      }),
    );
    await manager.insert(CaseItem, { feedbackId: item.feedbackId, caseId: c.id });
    await recordCaseEvent(manager, c.id, 'opened', { feedbackId: item.feedbackId });
    await recordCaseEvent(manager, c.id, 'routed', { by: route.decision.by, departmentId: route.departmentId, explanation: route.decision.explanation });
    if (assigneeId) await recordCaseEvent(manager, c.id, 'assigned', { assigneeId, strategy: route.assignment.strategy });
    await this.timers.replan(manager, c, now);
    return manager.save(c);
  }
}
