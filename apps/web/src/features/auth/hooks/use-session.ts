import type { SessionUser } from '@fullcircle/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { getMe } from '../../../api/auth.api';
import { authKeys } from '../auth.keys';

/** Shared by the router guards (ensureQueryData) and components (useSession). null = signed out. */
export const sessionQueryOptions = queryOptions({
  queryKey: authKeys.session(),
  queryFn: getMe,
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}

/**
 * The signed-in user; only for components rendered inside the authenticated shell.
 * Keeps the last user for the one render between sign-out and the shell redirecting to /login.
 */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  const last = useRef<SessionUser | null>(null);
  if (data) last.current = data;
  if (!last.current) throw new Error('useCurrentUser used outside the authenticated shell');
  return last.current;
}
