import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { CaseStatus, SessionUser } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { type CaseAbilities, canSeeCase, caseAbilities } from './case-permissions';
import { assertTransition } from './case-state-machine';
import { CaseGrant } from './entities/case-grant.entity';
import { Case } from './entities/case.entity';

const DENIED: Record<keyof CaseAbilities, string> = {
  reassign: 'You may not reassign this case',
  changeStatus: 'You may not change this case',
  reply: 'You may not reply on this case',
  resolve: 'You may not resolve this case',
  reopen: 'You may not reopen this case',
  close: 'You may not close this case',
  merge: 'You may not merge this case',
  note: 'You may not add notes to this case',
  act: 'You may not record actions on this case',
};

/**
 * Locks a case for a change by `actor` in the caller's transaction: 404 outside their sight
 * (exactly like a case that does not exist); 409 when the case cannot move `to` that status from
 * where it is (a closed case stays closed, whoever asks); 403 when they see it but may not do this.
 */
export async function lockCaseFor(
  manager: EntityManager,
  actor: SessionUser,
  id: string,
  ability: keyof CaseAbilities,
  to?: CaseStatus | ((c: Case) => CaseStatus),
): Promise<Case> {
  const c = await manager.findOne(Case, { where: { id }, lock: { mode: 'pessimistic_write' } });
  const scope = c && { status: c.status, departmentId: c.departmentId, assigneeId: c.assigneeId, granted: await manager.exists(CaseGrant, { where: { caseId: id, userId: actor.id } }) };
  if (!c || !scope || !canSeeCase(actor, scope)) throw new NotFoundException('Case not found');
  if (to) assertTransition(c.status, typeof to === 'function' ? to(c) : to);
  if (!caseAbilities(actor, scope)[ability]) throw new ForbiddenException(DENIED[ability]);
  return c;
}
