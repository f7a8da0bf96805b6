import type { Role } from '@fullcircle/shared';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../features/auth/hooks/use-session';
import { NotAllowedPage } from './not-allowed-page';

/** Route guard by role: the page is not rendered (and fetches nothing) for other roles. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  if (!roles.includes(user.role)) return <NotAllowedPage role={user.role} />;
  return <>{children}</>;
}
