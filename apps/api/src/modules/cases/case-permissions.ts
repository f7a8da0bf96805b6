import type { CaseStatus, SessionUser } from '@fullcircle/shared';

interface CaseScope {
  status: CaseStatus;
  departmentId: string | null;
}

const inDepartment = (user: Pick<SessionUser, 'departmentIds'>, departmentId: string | null) =>
  departmentId !== null && user.departmentIds.includes(departmentId);

/**
 * Whether a staff member may see a case at all: admins and executives every case, owners their
 * departments' and the triage queue, members their departments' (the SQL twin is scopeCondition).
 */
export function canSeeCase(user: Pick<SessionUser, 'role' | 'departmentIds'>, c: CaseScope): boolean {
  if (user.role === 'admin' || user.role === 'executive') return true;
  return inDepartment(user, c.departmentId) || (user.role === 'owner' && c.status === 'triage');
}

/**
 * What a staff member may do to a case. Admins: everything. Owners: reassign cases of their
 * departments and route triage cases anywhere. Members: work (change status) cases of their
 * departments. Executives read only.
 */
export function caseAbilities(user: Pick<SessionUser, 'role' | 'departmentIds'>, c: CaseScope): { reassign: boolean; changeStatus: boolean } {
  const open = c.status !== 'resolved' && c.status !== 'closed';
  const reassign = open && (user.role === 'admin' || (user.role === 'owner' && (c.status === 'triage' || inDepartment(user, c.departmentId))));
  const changeStatus =
    open && c.status !== 'triage' && (user.role === 'admin' || ((user.role === 'owner' || user.role === 'member') && inDepartment(user, c.departmentId)));
  return { reassign, changeStatus };
}
