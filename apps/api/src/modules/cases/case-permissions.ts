import type { CaseDetailDto, CaseStatus, SessionUser } from '@fullcircle/shared';

export interface CaseScope {
  status: CaseStatus;
  departmentId: string | null;
  assigneeId: string | null;
  /** The user was given access to this case (an @mention from its department). */
  granted?: boolean;
}

type Reader = Pick<SessionUser, 'id' | 'role' | 'departmentIds'>;
export type CaseAbilities = CaseDetailDto['can'];

const inDepartment = (user: Pick<SessionUser, 'departmentIds'>, departmentId: string | null) =>
  departmentId !== null && user.departmentIds.includes(departmentId);

/** A member works the cases of their departments that are theirs or nobody's yet. */
const memberWorks = (user: Reader, c: CaseScope) => user.role === 'member' && inDepartment(user, c.departmentId) && (c.assigneeId === null || c.assigneeId === user.id);

/**
 * Whether a staff member may see a case at all: admins and executives every case; owners their
 * departments' and the triage queue (they route from it); members their departments' cases
 * assigned to them or to nobody; anyone a grant (an @mention) let in. The SQL twin is scopeCondition.
 */
export function canSeeCase(user: Reader, c: CaseScope): boolean {
  if (user.role === 'admin' || user.role === 'executive') return true;
  if (c.granted) return true;
  if (user.role === 'owner') return inDepartment(user, c.departmentId) || c.status === 'triage';
  return memberWorks(user, c);
}

/**
 * What a staff member may do to a case. Admins everything; owners everything in their
 * departments and routing out of triage; members work the cases they may see in their
 * departments (reply, notes, actions, status, resolve, reopen) but neither reassign nor merge;
 * a granted colleague may add notes; executives read.
 */
export function caseAbilities(user: Reader, c: CaseScope): CaseAbilities {
  const admin = user.role === 'admin';
  const owner = user.role === 'owner' && inDepartment(user, c.departmentId);
  const worker = admin || owner || memberWorks(user, c);
  const open = c.status !== 'resolved' && c.status !== 'closed';
  const routed = c.status !== 'triage';
  return {
    reassign: open && (admin || (user.role === 'owner' && (c.status === 'triage' || owner))),
    changeStatus: open && routed && worker,
    reply: c.status !== 'closed' && routed && worker,
    resolve: open && routed && worker,
    reopen: c.status === 'resolved' && worker,
    close: (c.status === 'resolved' && worker) || (c.status !== 'closed' && (admin || owner)),
    merge: open && (admin || owner),
    note: user.role !== 'executive' && canSeeCase(user, c),
    act: c.status !== 'closed' && routed && worker,
  };
}
