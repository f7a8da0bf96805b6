import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseDetailDto, MergeCaseRequest, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { recordCaseEvent } from './case-events';
import { lockCaseFor } from './case-lock';
import { CaseQueriesService } from './case-queries.service';
import { assertTransition } from './case-state-machine';
import type { Case } from './entities/case.entity';
import { isPaused, resumePauses } from './sla/case-sla-plan';
import { SlaTimersService } from './sla/sla-timers.service';

/**
 * Merging a duplicate: the source case's items and messages move to the target, and the source is
 * closed pointing at it. Both cases are locked in id order, so two merges of the same pair in
 * opposite directions wait for each other instead of deadlocking (the second then finds a closed case).
 */
@Injectable()
export class CaseMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timers: SlaTimersService,
    private readonly queries: CaseQueriesService,
    private readonly audit: AuditService,
  ) {}

  /** Merges case `id` into `body.intoCaseId` and returns the target, where the conversation now lives. */
  async merge(actor: SessionUser, id: string, body: MergeCaseRequest): Promise<CaseDetailDto> {
    if (body.intoCaseId === id) throw fieldInvalid('intoCaseId', 'is this case: choose the case it duplicates');
    await this.dataSource.transaction(async (manager) => {
      const locked = new Map<string, Case>();
      for (const caseId of [id, body.intoCaseId].sort()) locked.set(caseId, await lockCaseFor(manager, actor, caseId, 'merge', caseId === id ? 'closed' : undefined));
      const source = locked.get(id)!;
      const target = locked.get(body.intoCaseId)!;
      if (source.customerId !== target.customerId) throw fieldInvalid('intoCaseId', 'belongs to another customer: only one customer’s cases can be merged');
      await this.mergeLocked(manager, actor, source, target);
    });
    return this.queries.detail(actor, body.intoCaseId);
  }

  private async mergeLocked(manager: EntityManager, actor: SessionUser, source: Case, target: Case, now = new Date()): Promise<void> {
    assertTransition(source.status, 'closed');
    const [, items] = await manager.query('UPDATE case_item SET case_id = $2 WHERE case_id = $1', [source.id, target.id]);
    const [, messages] = await manager.query('UPDATE outbound_message SET case_id = $2 WHERE case_id = $1', [source.id, target.id]);
    const refs: { id: string; reference: string }[] = await manager.query(
      'SELECT c.id, conv.reference FROM cases c JOIN conversation conv ON conv.id = c.conversation_id WHERE c.id = ANY($1)',
      [[source.id, target.id]],
    );
    const reference = (caseId: string) => refs.find((r) => r.id === caseId)?.reference ?? null;

    target.itemCount += items as number;
    target.firstRespondedAt ??= source.firstRespondedAt;
    await this.timers.replan(manager, target, now);
    await manager.save(target);

    source.itemCount = 0;
    source.status = 'closed';
    source.closedAt = now;
    source.mergedIntoId = target.id;
    if (isPaused(source)) source.slaPauses = resumePauses(source.slaPauses, now);
    if (source.followUpStatus === 'scheduled') source.followUpStatus = 'cancelled';
    await this.timers.replan(manager, source, now);
    await manager.save(source);

    await recordCaseEvent(manager, source.id, 'merged', { intoCaseId: target.id, intoReference: reference(target.id), items, messages }, actor.id);
    await recordCaseEvent(manager, target.id, 'merged_from', { fromCaseId: source.id, fromReference: reference(source.id), items, messages }, actor.id);
    await this.audit.announce(manager, { ...auditActor(actor), action: 'case.merged', targetType: 'case', targetId: source.id, data: { intoCaseId: target.id, items, messages } });
  }
}
