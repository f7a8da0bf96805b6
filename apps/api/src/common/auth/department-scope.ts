import type { SessionUser } from '@fullcircle/shared';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/** What part of the organisation a staff member may see. */
export type DepartmentScope = { kind: 'all' } | { kind: 'departments'; departmentIds: string[] };

export function departmentScope(user: Pick<SessionUser, 'role' | 'departmentIds'>): DepartmentScope {
  if (user.role === 'admin' || user.role === 'executive') return { kind: 'all' };
  return { kind: 'departments', departmentIds: [...user.departmentIds] };
}

export function canSeeDepartment(user: Pick<SessionUser, 'role' | 'departmentIds'>, departmentId: string | null): boolean {
  const scope = departmentScope(user);
  return scope.kind === 'all' || (departmentId !== null && scope.departmentIds.includes(departmentId));
}

/**
 * Restricts a query to the rows the user may see. `column` is the department foreign key as
 * written in the query (e.g. 'case.departmentId'). Staff without departments see nothing.
 */
export function scopeToDepartments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  user: Pick<SessionUser, 'role' | 'departmentIds'>,
): SelectQueryBuilder<T> {
  const scope = departmentScope(user);
  if (scope.kind === 'all') return qb;
  if (scope.departmentIds.length === 0) return qb.andWhere('1 = 0');
  return qb.andWhere(
    new Brackets((w) => w.where(`${column} IN (:...scopeDepartmentIds)`, { scopeDepartmentIds: scope.departmentIds })),
  );
}
