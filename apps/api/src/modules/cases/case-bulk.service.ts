import { ForbiddenException, HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulkCaseRequest, BulkCaseResult, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseLifecycleService } from './case-lifecycle.service';
import { lockCaseFor } from './case-lock';
import { CaseResolutionService } from './case-resolution.service';

/** Why a case of a bulk request was left alone, in words for the person who asked. */
export function skipReason(err: unknown): string {
  if (err instanceof NotFoundException) return 'not found';
  if (err instanceof HttpException) {
    const response = err.getResponse() as { issues?: { field: string; message: string }[] } | string;
    const issue = typeof response === 'object' ? response.issues?.[0] : undefined;
    return issue ? `${issue.field} ${issue.message}` : err.message;
  }
  throw err;
}

/**
 * Assigning or closing many cases from the inbox. Each case is checked and changed in its own
 * transaction exactly as if it were done alone, so one case that may not change leaves the others done.
 */
@Injectable()
export class CaseBulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: CaseLifecycleService,
    private readonly resolution: CaseResolutionService,
  ) {}

  async apply(actor: SessionUser, body: BulkCaseRequest): Promise<BulkCaseResult> {
    const result: BulkCaseResult = { done: [], skipped: [] };
    for (const id of new Set(body.caseIds)) {
      try {
        await this.dataSource.transaction((manager) => (body.op === 'assign' ? this.assign(manager, actor, id, body.assigneeId, body.reason) : this.close(manager, actor, id, body.reason)));
        result.done.push(id);
      } catch (err) {
        result.skipped.push({ id, reason: skipReason(err) });
      }
    }
    return result;
  }

  /** Owners and admins assign as reassign does; a member may only take their department's unassigned cases. */
  private async assign(manager: EntityManager, actor: SessionUser, id: string, assigneeId: string | null, reason: string): Promise<void> {
    const member = actor.role === 'member';
    const c = await lockCaseFor(manager, actor, id, member ? 'changeStatus' : 'reassign');
    if (member && assigneeId !== actor.id) throw new ForbiddenException('members may only assign cases to themselves');
    if (c.assigneeId === assigneeId) return;
    await this.lifecycle.reassignLocked(manager, actor, c, { assigneeId, reason });
  }

  private async close(manager: EntityManager, actor: SessionUser, id: string, reason: string): Promise<void> {
    const c = await lockCaseFor(manager, actor, id, 'close', 'closed');
    await this.resolution.closeLocked(manager, c, { reason }, actor.id);
  }
}
