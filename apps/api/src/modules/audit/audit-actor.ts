import type { SessionUser } from '@fullcircle/shared';

/** The actor fields of an audit event, snapshotted from the signed-in staff member. */
export function auditActor(user: Pick<SessionUser, 'id' | 'name'>): { actorId: string; actorName: string } {
  return { actorId: user.id, actorName: user.name };
}
