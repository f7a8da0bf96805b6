import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseDetailDto, CaseStatus, ChangeCaseStatusRequest, ReassignCaseRequest, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { FeedbackLabel } from '../enrichment/entities/feedback-label.entity';
import { Department } from '../org/entities/department.entity';
import { RoutingSettingsService } from '../routing/settings/routing-settings.service';
import { AssignmentService } from './assignment/assignment.service';
import { CaseQueriesService } from './case-queries.service';
import { lockCaseFor } from './case-lock';
import { assertTransition } from './case-state-machine';
import { CaseItem } from './entities/case-item.entity';
import { recordCaseEvent } from './case-events';
import { Case } from './entities/case.entity';
import { isPaused, resumePauses } from './sla/case-sla-plan';
import { SlaTimersService } from './sla/sla-timers.service';

/** Staff moving a case: reassignment (department and/or person, with a reason) and working status. */
@Injectable()
export class CaseLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignment: AssignmentService,
    private readonly timers: SlaTimersService,
    private readonly settings: RoutingSettingsService,
    private readonly queries: CaseQueriesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Moves a case to another department and/or person. A department change is a training label for
   * the department model (a correction of where routing sent each of its items) and replans the
   * SLA on the new department's hours; the clock still counts from when the case opened.
   */
  async reassign(actor: SessionUser, id: string, body: ReassignCaseRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => this.reassignLocked(manager, actor, await lockCaseFor(manager, actor, id, 'reassign'), body));
    return this.queries.detail(actor, id, true);
  }

  /** The reassignment of a case the caller locked and checked (also one case of a bulk assign). */
  async reassignLocked(manager: EntityManager, actor: SessionUser, c: Case, body: ReassignCaseRequest): Promise<void> {
    const from = { departmentId: c.departmentId, assigneeId: c.assigneeId };
    const departmentId = body.departmentId ?? c.departmentId;
    if (!departmentId) throw fieldInvalid('departmentId', 'is required to route a case out of triage');
    if (body.departmentId && !(await manager.exists(Department, { where: { id: body.departmentId } }))) {
      throw fieldInvalid('departmentId', 'is not a department');
    }
    await this.assignment.lockDepartment(manager, departmentId);
    const assigneeId = await this.chooseAssignee(manager, departmentId, departmentId !== c.departmentId, body.assigneeId, c.assigneeId);
    const now = new Date();
    if (departmentId !== c.departmentId) {
      await this.labelDepartment(manager, actor, c.id, departmentId);
      c.routedBy = 'staff';
      c.routing = {
        ...c.routing,
        by: 'staff',
        explanation: `${actor.name} moved it here${c.departmentId ? '' : ' from triage'}: “${body.reason}”. ${c.routing.explanation}`,
        decidedAt: now.toISOString(),
      };
    }
    c.departmentId = departmentId;
    if (assigneeId !== c.assigneeId) c.assignedAt = assigneeId ? now : null;
    c.assigneeId = assigneeId;
    if (c.status === 'triage' || c.status === 'new' || c.status === 'assigned') c.status = assigneeId ? 'assigned' : 'new';
    await this.timers.replan(manager, c, now);
    await manager.save(c);
    const data = { fromDepartmentId: from.departmentId, toDepartmentId: departmentId, fromAssigneeId: from.assigneeId, toAssigneeId: assigneeId, reason: body.reason };
    await recordCaseEvent(manager, c.id, 'reassigned', data, actor.id);
    await this.audit.announce(manager, { ...auditActor(actor), action: 'case.reassigned', targetType: 'case', targetId: c.id, data });
  }

  /** Start work (`in_progress`, resuming a paused clock) or wait on the customer (pausing it). */
  async changeStatus(actor: SessionUser, id: string, body: ChangeCaseStatusRequest): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await lockCaseFor(manager, actor, id, 'changeStatus');
      if (c.status === body.status) return;
      const now = new Date();
      if (body.status === 'waiting_on_customer') await this.waitOnCustomer(manager, actor, c, now, body.note);
      else await this.startWork(manager, actor, c, now, body.note);
      await this.timers.replan(manager, c, now);
      await manager.save(c);
    });
    return this.queries.detail(actor, id);
  }

  /**
   * Moves a locked case to `in_progress`: resumes a paused clock and, when nobody has it yet, gives
   * it to `actor` (starting work on an unassigned case takes it). The caller replans and saves.
   */
  async startWork(manager: EntityManager, actor: SessionUser, c: Case, now: Date, note?: string): Promise<void> {
    assertTransition(c.status, 'in_progress');
    if (isPaused(c)) {
      c.slaPauses = resumePauses(c.slaPauses, now);
      await recordCaseEvent(manager, c.id, 'resumed', { reason: `${actor.name} started work again` }, actor.id);
    }
    if (!c.assigneeId && c.departmentId && (await this.assignment.isAvailable(manager, c.departmentId, actor.id))) {
      c.assigneeId = actor.id;
      c.assignedAt = now;
      await recordCaseEvent(manager, c.id, 'assigned', { assigneeId: actor.id, strategy: 'self' }, actor.id);
    }
    await this.setStatus(manager, actor, c, 'in_progress', note);
  }

  /** Moves a locked case to `waiting_on_customer`, pausing its SLA clock. The caller replans and saves. */
  async waitOnCustomer(manager: EntityManager, actor: SessionUser, c: Case, now: Date, note?: string): Promise<void> {
    assertTransition(c.status, 'waiting_on_customer');
    if (!isPaused(c)) c.slaPauses = [...c.slaPauses, { from: now.toISOString(), to: null }];
    await recordCaseEvent(manager, c.id, 'paused', {}, actor.id);
    await this.setStatus(manager, actor, c, 'waiting_on_customer', note);
  }

  private async setStatus(manager: EntityManager, actor: SessionUser, c: Case, to: CaseStatus, note?: string): Promise<void> {
    const from = c.status;
    c.status = to;
    await recordCaseEvent(manager, c.id, 'status_changed', { from, to, note: note ?? null }, actor.id);
  }

  private async chooseAssignee(
    manager: EntityManager,
    departmentId: string,
    departmentChanged: boolean,
    requested: string | null | undefined,
    current: string | null,
  ): Promise<string | null> {
    if (requested === null) return null;
    if (requested !== undefined) {
      if (!(await this.assignment.isAvailable(manager, departmentId, requested))) throw fieldInvalid('assigneeId', 'is not an active member of that department');
      return requested;
    }
    if (!departmentChanged) return current;
    const { defaultAssignment } = await this.settings.current(manager);
    return this.assignment.pick(manager, departmentId, { strategy: defaultAssignment });
  }

  /** Where each of the case's items really belongs, as a label the department model learns from. */
  private async labelDepartment(manager: EntityManager, actor: SessionUser, caseId: string, departmentId: string): Promise<void> {
    const items = await manager.find(CaseItem, { where: { caseId } });
    if (items.length === 0) return;
    await manager.insert(
      FeedbackLabel,
      items.map((item) => ({ feedbackId: item.feedbackId, kind: 'department' as const, value: departmentId, source: 'correction' as const, createdById: actor.id })),
    );
  }
}
