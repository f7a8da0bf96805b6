import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACTION_KIND_LABELS, type ActionKind, type AddActionRequest, type CaseActionDto, type SessionUser, type UpdateActionRequest } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { CommunicationsService } from '../communications/communications.service';
import { visibleCase } from './case-access';
import { recordCaseEvent } from './case-events';
import { ACTION_ROWS_SQL, type ActionRow, toCaseActionDto } from './case-work.mapper';
import { CaseAction } from './entities/case-action.entity';
import type { Case } from './entities/case.entity';

/** Kinds that change how the organisation works: done, they are news for the department's feed. */
export const FEED_WORTHY_KINDS: readonly ActionKind[] = ['process_change', 'product_change', 'policy_change', 'training'];

const FORBIDDEN = 'You may not record actions on this case';

/** Actions: what was done about a case, with an owner, a due date and a status. */
@Injectable()
export class CaseActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communications: CommunicationsService,
  ) {}

  async add(actor: SessionUser, caseId: string, body: AddActionRequest): Promise<CaseActionDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const c = await visibleCase(manager, actor, caseId, { ability: 'act', lock: true, forbidden: FORBIDDEN });
      await this.checkOwner(manager, body.ownerId);
      const status = body.status ?? 'open';
      const action = await manager.save(
        manager.create(CaseAction, {
          caseId,
          kind: body.kind,
          description: body.description,
          ownerId: body.ownerId,
          dueDate: body.dueDate ?? null,
          status,
          createdById: actor.id,
          completedAt: status === 'done' ? new Date() : null,
        }),
      );
      await recordCaseEvent(manager, caseId, 'action_added', { actionId: action.id, kind: action.kind, description: action.description, status, ownerId: action.ownerId }, actor.id);
      if (status === 'done') await this.announce(manager, actor, c, action);
      return action.id;
    });
    return this.load(id);
  }

  async update(actor: SessionUser, caseId: string, actionId: string, body: UpdateActionRequest): Promise<CaseActionDto> {
    await this.dataSource.transaction(async (manager) => {
      const c = await visibleCase(manager, actor, caseId, { ability: 'act', lock: true, forbidden: FORBIDDEN });
      const action = await manager.findOne(CaseAction, { where: { id: actionId, caseId } });
      if (!action) throw new NotFoundException('Action not found');
      if (body.ownerId !== undefined) await this.checkOwner(manager, body.ownerId);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const change = <K extends 'description' | 'ownerId' | 'dueDate' | 'status'>(key: K, to: CaseAction[K] | undefined) => {
        if (to === undefined || to === action[key]) return;
        changes[key] = { from: action[key], to };
        action[key] = to;
      };
      const wasDone = action.status === 'done';
      change('description', body.description);
      change('ownerId', body.ownerId);
      change('dueDate', body.dueDate);
      change('status', body.status);
      if (Object.keys(changes).length === 0) return;
      if (action.status === 'done' && !wasDone) action.completedAt = new Date();
      if (action.status !== 'done') action.completedAt = null;
      await manager.save(action);
      await recordCaseEvent(manager, caseId, 'action_updated', { actionId, kind: action.kind, description: action.description, status: changes.status ? action.status : undefined, changes }, actor.id);
      if (action.status === 'done' && !wasDone) await this.announce(manager, actor, c, action);
    });
    return this.load(actionId);
  }

  private async checkOwner(manager: EntityManager, ownerId: string): Promise<void> {
    const [owner]: { status: string }[] = await manager.query('SELECT status FROM app_user WHERE id = $1', [ownerId]);
    if (owner?.status !== 'active') throw fieldInvalid('ownerId', 'is not an active colleague');
  }

  /** A completed change of process, product, policy or training goes to the department's feed, once. */
  private async announce(manager: EntityManager, actor: SessionUser, c: Case, action: CaseAction): Promise<void> {
    if (!FEED_WORTHY_KINDS.includes(action.kind)) return;
    await this.communications.postFeed(manager, {
      kind: 'process_change',
      departmentId: c.departmentId,
      title: `${ACTION_KIND_LABELS[action.kind]} done`,
      body: action.description,
      caseId: c.id,
      personId: action.ownerId,
      authorId: actor.id,
      dedupeKey: `action:${action.id}`,
    });
  }

  private async load(id: string): Promise<CaseActionDto> {
    const [row]: ActionRow[] = await this.dataSource.query(`${ACTION_ROWS_SQL} WHERE x.id = $1`, [id]);
    return toCaseActionDto(row);
  }
}
