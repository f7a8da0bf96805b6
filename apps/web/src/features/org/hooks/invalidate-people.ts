import type { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/auth.keys';
import { orgKeys } from '../org.keys';

/**
 * After any change to a user: user lists, department member counts and owners,
 * and the session (the admin may have edited themself) are all stale.
 */
export function invalidatePeople(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: orgKeys.users() }),
    queryClient.invalidateQueries({ queryKey: orgKeys.departments() }),
    queryClient.invalidateQueries({ queryKey: authKeys.session() }),
  ]);
}
