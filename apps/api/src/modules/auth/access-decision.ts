import type { SessionUser } from '@fullcircle/shared';
import type { Permission } from '../../common/auth/permission.decorator';

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'undeclared';

/**
 * Who may call a route, from its declared permission and the signed-in user (null when there is
 * no valid session). A route that declares nothing is refused: access fails closed.
 */
export function decideAccess(permission: Permission | undefined, user: Pick<SessionUser, 'role'> | null): AccessDecision {
  if (!permission) return 'undeclared';
  if (permission.kind === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  return permission.roles.includes(user.role) ? 'allow' : 'forbidden';
}
