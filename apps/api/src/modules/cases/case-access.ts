import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { SessionUser } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { type CaseAbilities, canSeeCase, caseAbilities } from './case-permissions';
import { CaseGrant } from './entities/case-grant.entity';
import { Case } from './entities/case.entity';

type Reader = Pick<SessionUser, 'id' | 'role' | 'departmentIds'>;

/**
 * The case if the user may see it, else 404 (outside the scope looks like nothing there); with
 * `ability`, 403 when they may see but not do that. `lock` takes a row lock for a change.
 */
export async function visibleCase(
  manager: EntityManager,
  user: Reader,
  id: string,
  options: { ability?: keyof CaseAbilities; lock?: boolean; forbidden?: string } = {},
): Promise<Case> {
  const c = await manager.findOne(Case, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!c) throw new NotFoundException('Case not found');
  const scope = { status: c.status, departmentId: c.departmentId, assigneeId: c.assigneeId, granted: await manager.exists(CaseGrant, { where: { caseId: id, userId: user.id } }) };
  if (!canSeeCase(user, scope)) throw new NotFoundException('Case not found');
  if (options.ability && !caseAbilities(user, scope)[options.ability]) throw new ForbiddenException(options.forbidden ?? 'You may not do that to this case');
  return c;
}
